/**
 * The U4SSC Data Collection Template as an Excel workbook: cities fill it in and upload it, and the
 * service reads it back into the same dataset the JSON route accepts. This package writes the blank
 * template in any of the six languages ({@link org.kpidocs.workbook.TemplateWriter}, kept per language
 * by {@link org.kpidocs.workbook.DataCollectionTemplates}) and reads a filled one back, whatever its
 * language
 * ({@link org.kpidocs.workbook.WorkbookReader}, stored through {@link org.kpidocs.workbook.WorkbookIngest}),
 * both on the same constants ({@code TemplateLayout}, {@code ProfileField}). Problems in an uploaded
 * workbook name their cell as Excel writes it, the sheet quoted when its name has a space
 * ({@code 'KPI Data'!H42}).
 *
 * <h2>Layout contract ({@code kpidocs-template/1})</h2>
 *
 * <p>Rows and columns are 0-based as POI counts them. A reader matches data by the hidden markers
 * below, never by visible text or position, and refuses a workbook whose format cell it does not know.
 *
 * <ul>
 *   <li><b>Sheets</b>, in order: {@code Instructions}, {@code City Profile}, {@code KPI Data},
 *       {@code Benchmarks}, {@code Lists} (hidden). The names are fixed English identifiers, never
 *       translated, so a reader finds them whatever the language of the visible words.</li>
 *   <li><b>Instructions</b>: hidden column A holds the version cells: A1 the format
 *       {@code kpidocs-template/1}, A2 the catalogue version ({@code u4ssc-2022}), A3 the benchmark
 *       set version.</li>
 *   <li><b>Data sheets</b>: row 0 a title, row 1 the headers (frozen, repeated when printed), data
 *       from row 2.</li>
 *   <li><b>City Profile</b>: columns label, value (the only unlocked column), notes, and hidden key:
 *       the dotted dataset path of the field ({@code reportingYear}, {@code city.name},
 *       {@code city.currency}, {@code verification.completedOn} …, see {@code ProfileField}). Section
 *       band rows have no key. Dates are Excel date cells.</li>
 *   <li><b>KPI Data</b>: columns A–O code, name, unit, hint, numerator, denominator, calculated result,
 *       final value, data year, reported, verified, data quality, data origin, sources, verifier
 *       comment; hidden P the row kind ({@code dimension}, {@code sub-dimension}, {@code category},
 *       {@code kpi}, {@code item}) and hidden Q the anchor. Only {@code item} rows hold data: one per
 *       catalogue item (a KPI without data points, or a data point), in catalogue order, anchored by
 *       {@code ItemRef.toString()} ({@code EC: ICT: ICT: 1C}, {@code EN: EN: AQ: 1C / PM2.5}). A
 *       {@code kpi} row heads the data points of a KPI and is not an input row.</li>
 *   <li><b>Answers</b>: {@code YES}/{@code NO}; data quality as one of six fixed English labels
 *       mapped to the dataset ids in {@code TemplateLayout.QUALITY_LABELS}; sources one per line.
 *       The calculated result is display only: the dataset takes numerator, denominator and final
 *       value, and computes the value itself when only the first two are given.</li>
 *   <li><b>Benchmarks</b>: one locked row per benchmark of the set, in file order.</li>
 * </ul>
 *
 * <p>Every sheet is protected with a published password and the workbook structure is locked: this
 * guards against accidents, not attackers, so a reader checks every value as the JSON route does.
 */
package org.kpidocs.workbook;
