package org.kpidocs.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A realistic three-ring wheel for tests: 3 dimensions (weights 45, 17, 29), 27 categories and 112
 * items (84 single-value items and 28 parts of 7 multi-part items), with names of public city
 * indicators. Each item's weight is its dimension's weight shared equally among the dimension's
 * items, so the outer ring's segments are equally wide within a dimension. Colours are four ordered
 * bands and a grey, drawn from a seeded random generator; inner rings take the band of their items'
 * average.
 */
final class WheelFixture {

    static final Color BAND_1 = new Color(0xD7263D);
    static final Color BAND_2 = new Color(0xF49D37);
    static final Color BAND_3 = new Color(0x9BC53D);
    static final Color BAND_4 = new Color(0x2E7D32);
    static final Color NONE = new Color(0xBDBDBD);
    static final Color CENTRE = new Color(0x1D3557);
    private static final Color[] BANDS = {BAND_1, BAND_2, BAND_3, BAND_4};

    /** dimension | category key | category | item | parts (;-separated) */
    private static final String ROWS = """
            EC|ICT:ICT|ICT Infrastructure|Household Internet Access|
            EC|ICT:ICT|ICT Infrastructure|Fixed Broadband Subscriptions|
            EC|ICT:ICT|ICT Infrastructure|Wireless Broadband Subscriptions|
            EC|ICT:ICT|ICT Infrastructure|Wireless Broadband Coverage|3G;4G
            EC|ICT:ICT|ICT Infrastructure|Availability of WIFI in Public Areas|
            EC|ICT:WS|Water and Sanitation|Smart Water Meters|
            EC|ICT:WS|Water and Sanitation|Water Supply ICT Monitoring|
            EC|ICT:D|Drainage|Drainage / Storm Water System ICT Monitoring|
            EC|ICT:ES|Electricity Supply|Smart Electricity Meters|
            EC|ICT:ES|Electricity Supply|Electricity Supply ICT Monitoring|
            EC|ICT:ES|Electricity Supply|Demand Response Penetration|
            EC|ICT:T|Transport|Dynamic Public Transport Information|
            EC|ICT:T|Transport|Traffic Monitoring|
            EC|ICT:T|Transport|Intersection Control|
            EC|ICT:PS|Public Sector|Open Data|percent;number
            EC|ICT:PS|Public Sector|e-Government|
            EC|ICT:PS|Public Sector|Public Sector e-Procurement|
            EC|P:IN|Innovation|R&D Expenditure|
            EC|P:IN|Innovation|Patents|
            EC|P:IN|Innovation|Small and Medium-Sized Enterprises|
            EC|P:EM|Employment|Unemployment Rate|
            EC|P:EM|Employment|Youth Unemployment Rate|
            EC|P:EM|Employment|Tourism Sector Employment|
            EC|P:EM|Employment|ICT Sector Employment|
            EC|I:WS|Water and Sanitation|Basic Water Supply|
            EC|I:WS|Water and Sanitation|Potable Water Supply|
            EC|I:WS|Water and Sanitation|Water Supply Loss|
            EC|I:WS|Water and Sanitation|Wastewater Collection|
            EC|I:WS|Water and Sanitation|Household Sanitation|
            EC|I:WA|Waste|Solid Waste Collection|
            EC|I:ES|Electricity Supply|Electricity System Outage Frequency|
            EC|I:ES|Electricity Supply|Electricity System Outage Time|
            EC|I:ES|Electricity Supply|Access to Electricity|
            EC|I:T|Transport|Public Transport Network|
            EC|I:T|Transport|Public Transport Network Convenience|
            EC|I:T|Transport|Bicycle Network|
            EC|I:T|Transport|Transportation Mode Share|public transport;private vehicle;walking;cycling;para transport
            EC|I:T|Transport|Travel Time Index|
            EC|I:T|Transport|Shared Bicycles|
            EC|I:T|Transport|Shared Vehicles|
            EC|I:T|Transport|Low-Carbon Emission Passenger Vehicles|
            EC|I:B|Buildings|Public Building Sustainability|
            EC|I:B|Buildings|Integrated Building Management Systems in Public Buildings|
            EC|I:UP|Urban Planning|Pedestrian Infrastructure|
            EC|I:UP|Urban Planning|Urban Development and Spatial Planning|compact;connected;integrated;inclusive;resilient
            EN|EN:AQ|Air Quality|Air Pollution|PM10;PM2.5;NO2;SO2;O3
            EN|EN:AQ|Air Quality|GHG Emissions|
            EN|EN:WS|Water and Sanitation|Drinking Water Quality|
            EN|EN:WS|Water and Sanitation|Water Consumption|
            EN|EN:WS|Water and Sanitation|Freshwater Consumption|
            EN|EN:WS|Water and Sanitation|Wastewater Treatment|primary;secondary;tertiary
            EN|EN:WA|Waste|Solid Waste Treatment|landfill;burnt;incinerated;open dump;recycled;other
            EN|EN:EQ|Environmental Quality|EMF Exposure|
            EN|EN:EQ|Environmental Quality|Noise Exposure|
            EN|EN:PSN|Public Space and Nature|Green Areas|
            EN|EN:PSN|Public Space and Nature|Green Area Accessibility|
            EN|EN:PSN|Public Space and Nature|Protected Natural Areas|
            EN|EN:PSN|Public Space and Nature|Recreational Facilities|
            EN|E:E|Energy|Renewable Energy Consumption|
            EN|E:E|Energy|Electricity Consumption|
            EN|E:E|Energy|Residential Thermal Energy Consumption|
            EN|E:E|Energy|Public Building Energy Consumption|
            SC|EH:ED|Education|Student ICT Access|
            SC|EH:ED|Education|School Enrollment|
            SC|EH:ED|Education|Higher Education Degrees|
            SC|EH:ED|Education|Adult Literacy|
            SC|EH:H|Health|Electronic Health Records|
            SC|EH:H|Health|Life Expectancy|
            SC|EH:H|Health|Maternal Mortality Rate|
            SC|EH:H|Health|Physicians|
            SC|EH:H|Health|In-Patient Hospital Beds|
            SC|EH:H|Health|Health Insurance/Public Health Coverage|
            SC|EH:C|Culture|Cultural Expenditure|
            SC|EH:C|Culture|Cultural Infrastructure|
            SC|SH:HO|Housing|Informal Settlements|
            SC|SH:HO|Housing|Expenditure of Income on Housing|
            SC|SH:SI|Social Inclusion|Gender Income Equity|
            SC|SH:SI|Social Inclusion|Gini Coefficient|
            SC|SH:SI|Social Inclusion|Poverty Rate|
            SC|SH:SI|Social Inclusion|Voter Participation|
            SC|SH:SI|Social Inclusion|Childcare Availability|
            SC|SH:SA|Safety|Natural Disaster Related Deaths|
            SC|SH:SA|Safety|Disaster Related Economic Losses|
            SC|SH:SA|Safety|Resilience Plans|
            SC|SH:SA|Safety|Population Living in Disaster Prone Areas|
            SC|SH:SA|Safety|Emergency Service Response Time|
            SC|SH:SA|Safety|Police Service|
            SC|SH:SA|Safety|Fire Service|
            SC|SH:SA|Safety|Violent Crime Rate|
            SC|SH:SA|Safety|Traffic Fatalities|
            SC|SH:FS|Food Security|Local Food Production|
            """;

    private static final Map<String, String> DIMENSIONS = Map.of(
            "EC", "Economy", "EN", "Environment", "SC", "Society and Culture");
    private static final Map<String, Integer> DIMENSION_WEIGHTS = Map.of("EC", 45, "EN", 17, "SC", 29);

    private WheelFixture() {
    }

    static Style style() {
        return new Style("Noto Sans", Color.WHITE, 0.8, CENTRE);
    }

    static Sunburst wheel(String city, LabelMode middle) {
        record Item(String dimension, String categoryKey, String category, String label) {
        }
        List<Item> items = new ArrayList<>();
        for (String row : ROWS.strip().split("\\n")) {
            String[] f = row.strip().split("\\|", -1);
            if (f[4].isEmpty()) {
                items.add(new Item(f[0], f[1], f[2], f[3]));
            } else {
                for (String part : f[4].split(";")) {
                    items.add(new Item(f[0], f[1], f[2], f[3] + ": " + part));
                }
            }
        }
        Map<String, Integer> perDimension = new LinkedHashMap<>();
        for (Item i : items) {
            perDimension.merge(i.dimension(), 1, Integer::sum);
        }
        Random random = new Random(2026);
        List<Segment> outer = new ArrayList<>();
        Map<String, double[]> categories = new LinkedHashMap<>();   // key -> weight, points, scored
        Map<String, String> categoryNames = new LinkedHashMap<>();
        Map<String, double[]> dimensions = new LinkedHashMap<>();
        for (Item i : items) {
            double weight = (double) DIMENSION_WEIGHTS.get(i.dimension()) / perDimension.get(i.dimension());
            int band = random.nextInt(9) == 0 ? 0 : 1 + random.nextInt(4);
            outer.add(new Segment(i.label(), weight, band == 0 ? NONE : BANDS[band - 1]));
            String key = i.dimension() + ":" + i.categoryKey();
            categoryNames.put(key, i.category());
            add(categories.computeIfAbsent(key, x -> new double[3]), weight, band);
            add(dimensions.computeIfAbsent(i.dimension(), x -> new double[3]), weight, band);
        }
        List<Segment> middleSegments = new ArrayList<>();
        categories.forEach((key, v) -> middleSegments.add(new Segment(categoryNames.get(key), v[0], colour(v))));
        List<Segment> inner = new ArrayList<>();
        dimensions.forEach((key, v) -> inner.add(new Segment(DIMENSIONS.get(key), v[0], colour(v))));
        return new Sunburst(city, List.of(
                new Ring(inner, 0.62, LabelMode.TANGENTIAL),
                new Ring(middleSegments, 1.0, middle),
                new Ring(outer, 2.55, LabelMode.RADIAL)), style());
    }

    private static void add(double[] acc, double weight, int band) {
        acc[0] += weight;
        if (band > 0) {
            acc[1] += band;
            acc[2]++;
        }
    }

    /** Band of the pooled score: points / (4 × scored), lower bounds inclusive at 33, 66, 95 %. */
    private static Color colour(double[] acc) {
        if (acc[2] == 0) {
            return NONE;
        }
        double share = acc[1] / (4 * acc[2]) * 100;
        return share >= 95 ? BAND_4 : share >= 66 ? BAND_3 : share >= 33 ? BAND_2 : BAND_1;
    }
}
