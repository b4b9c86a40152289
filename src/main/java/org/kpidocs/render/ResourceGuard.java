package org.kpidocs.render;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import java.util.Locale;
import java.util.function.BiPredicate;
import java.util.function.Consumer;

/**
 * The deny-by-default access controller of every render: only {@code data:} URIs are allowed, so no
 * URL in a template or in data (http, https, file, jar, ftp, private or IPv6-mapped addresses, any
 * case) is ever fetched. Allow-listing beats deny-listing here: Gotenberg and WeasyPrint both shipped
 * deny-lists that were bypassed by case, IPv6 forms and redirects (security reference §1).
 */
final class ResourceGuard implements BiPredicate<String, ExternalResourceType> {

    private final Consumer<String> refused;

    /** @param refused told about every refused URI (logged, and counted by tests) */
    ResourceGuard(Consumer<String> refused) {
        this.refused = refused;
    }

    @Override
    public boolean test(String uri, ExternalResourceType type) {
        boolean allowed = uri != null && uri.toLowerCase(Locale.ROOT).startsWith("data:")
                && type != ExternalResourceType.FILE_EMBED;
        if (!allowed) {
            refused.accept(type + " " + uri);
        }
        return allowed;
    }

    /** A stream factory for every scheme that refuses to open anything, in case a URI slips through. */
    static final FSStreamFactory NO_STREAMS = url -> new FSStream() {
        @Override
        public java.io.InputStream getStream() {
            return null;
        }

        @Override
        public java.io.Reader getReader() {
            return null;
        }
    };
}
