package org.claimtrail.command.claim;

import org.claimtrail.api.InvalidFieldException;
import org.springframework.http.HttpHeaders;
import org.jspecify.annotations.Nullable;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an {@code If-Match} header as the claim version a change expects. The ETags claimtrail gives are the claim
 * stream's last sequence number in quotes, so only one such ETag, or {@code *} (any version), is meaningful.
 */
final class IfMatch {

    private static final Pattern VERSION = Pattern.compile("\"(0|[1-9][0-9]{0,17})\"");

    private IfMatch() {
    }

    /** @return the expected version, or null when the change applies to any version */
    @Nullable
    static Long expectedVersion(@Nullable String header) {
        if (header == null || header.strip().equals("*")) {
            return null;
        }
        Matcher version = VERSION.matcher(header.strip());
        if (!version.matches()) {
            throw new InvalidFieldException(HttpHeaders.IF_MATCH,
                    "must be one ETag as the claim's answers give it, such as \"3\", or *");
        }
        return Long.valueOf(version.group(1));
    }
}
