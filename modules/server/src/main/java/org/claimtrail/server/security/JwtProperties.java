package org.claimtrail.server.security;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How a JWT bearer token names its user and roles: {@code claimtrail.security.jwt.roles-claim} (default {@code roles};
 * a dotted path such as {@code realm_access.roles} reaches into an object) and {@code .username-claim} (default
 * {@code sub}). The token's issuer and keys are Spring Boot's {@code spring.security.oauth2.resourceserver.jwt.*}.
 */
@Validated
@ConfigurationProperties("claimtrail.security.jwt")
public record JwtProperties(@DefaultValue("roles") @NotBlank String rolesClaim,
                            @DefaultValue("sub") @NotBlank String usernameClaim) {
}
