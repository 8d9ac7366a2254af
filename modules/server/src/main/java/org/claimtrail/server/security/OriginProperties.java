package org.claimtrail.server.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.List;

/**
 * {@code claimtrail.security.allowed-origins}: origins ({@code https://claims.example.org}) besides the server's own
 * whose pages may send writes to the API (see CrossSiteWrites), such as the public address when a proxy in front
 * does not pass on {@code Host} and {@code X-Forwarded-Proto} from a trusted address.
 */
@ConfigurationProperties("claimtrail.security")
public record OriginProperties(@DefaultValue List<String> allowedOrigins) {
}
