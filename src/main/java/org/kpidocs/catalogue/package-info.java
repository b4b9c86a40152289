/**
 * The U4SSC KPI catalogue and the reference benchmark set, loaded once from versioned resource files
 * shipped inside the product and read-only afterwards.
 *
 * <p>Nothing here knows about HTTP, storage or documents. The catalogue follows Rec. ITU-T
 * Y.4903/L.1603 as published in the Collection Methodology (2017) and the Verification Manual (2022):
 * 91 KPIs in 3 dimensions, 7 sub-dimensions and 22 categories.
 */
package org.kpidocs.catalogue;
