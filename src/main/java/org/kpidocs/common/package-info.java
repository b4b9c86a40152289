/** Small pieces every feature uses and none owns. Keep it small: anything with a domain belongs elsewhere. */
package org.kpidocs.common;
