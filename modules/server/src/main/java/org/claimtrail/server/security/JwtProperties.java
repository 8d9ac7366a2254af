package org.claimtrail.server.security;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How a token names its user and roles, for JWT bearer tokens and for the console's OpenID Connect sign-in alike:
 * {@code claimtrail.security.jwt.roles-claim} (default {@code resource_access.claimtrail.roles}, the roles of the
 * {@code claimtrail} client; a dotted path reaches into objects) and {@code .username-claim} (default {@code sub},
 * or e.g. {@code preferred_username}). The token's issuer, audience, algorithms and keys are Spring Boot's
 * {@code spring.security.oauth2.resourceserver.jwt.*} ({@link TokenValidation}).
 */
@Validated
@ConfigurationProperties("claimtrail.security.jwt")
public record JwtProperties(@DefaultValue("resource_access.claimtrail.roles") @NotBlank String rolesClaim,
                            @DefaultValue("sub") @NotBlank String usernameClaim) {
}
