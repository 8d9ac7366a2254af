package org.claimtrail.server.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.JwkSetUriJwtDecoderBuilderCustomizer;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;

import java.util.List;

/**
 * Bearer tokens meant for claimtrail only (docs/api.md#authentication). Spring Boot's decoder checks the signature,
 * the expiry, the issuer ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri}) and the audience
 * ({@code .audiences}); this makes the issuer and the audience required rather than optional, pins the signing
 * algorithms to {@code .jws-algorithms} (default RS256) also when the keys come from the issuer's metadata, and
 * refuses a token that names no user.
 */
@Configuration(proxyBeanMethods = false)
class TokenValidation {

    /**
     * Boot applies its customizers to the decoder of an issuer-uri and of a jwk-set-uri alike, once it builds one:
     * its properties are there by then.
     */
    @Bean
    JwkSetUriJwtDecoderBuilderCustomizer pinnedAlgorithms(ObjectProvider<OAuth2ResourceServerProperties> properties) {
        return builder -> {
            List<SignatureAlgorithm> algorithms = properties.getObject().getJwt().getJwsAlgorithms().stream()
                    .map(name -> {
                        SignatureAlgorithm algorithm = SignatureAlgorithm.from(name);
                        if (algorithm == null) {
                            throw new IllegalStateException("spring.security.oauth2.resourceserver.jwt.jws-algorithms: "
                                    + name + " is no JWS signature algorithm (RS256, ES256, PS256…)");
                        }
                        return algorithm;
                    })
                    .toList();
            builder.jwsAlgorithms(pinned -> {
                pinned.clear();
                pinned.addAll(algorithms);
            });
        };
    }

    /** Added by Boot to its decoder's validators: the user recorded in events must be named by the token. */
    @Bean
    OAuth2TokenValidator<Jwt> namedUser(JwtProperties jwt) {
        return new JwtClaimValidator<>(jwt.usernameClaim(), name -> name instanceof String text && !text.isBlank());
    }

    /**
     * How an accepted token becomes a user: its name and roles from the claims {@link JwtProperties} names. Refuses
     * to start when tokens are accepted without an issuer and an audience to check, since a token of the same
     * issuer for another application, or of any issuer the keys sign for, would then be taken for claimtrail's.
     */
    static JwtAuthenticationConverter claimtrailOnly(OAuth2ResourceServerProperties.Jwt properties, JwtProperties jwt) {
        String prefix = "spring.security.oauth2.resourceserver.jwt.";
        if (properties.getPublicKeyLocation() != null) {
            throw new IllegalStateException(prefix + "public-key-location cannot be used: Spring Boot checks no issuer "
                    + "with a fixed key. Serve the key as a JWK set and set " + prefix + "jwk-set-uri and "
                    + prefix + "issuer-uri instead (docs/configuration.md#security)");
        }
        if (properties.getIssuerUri() == null || properties.getIssuerUri().isBlank()) {
            throw new IllegalStateException("Bearer tokens are accepted but no issuer is checked: set " + prefix
                    + "issuer-uri to the issuer your tokens name (docs/configuration.md#security)");
        }
        if (properties.getAudiences() == null || properties.getAudiences().isEmpty()) {
            throw new IllegalStateException("Bearer tokens are accepted but no audience is checked: set " + prefix
                    + "audiences to the audience your provider puts in claimtrail's tokens, e.g. claimtrail "
                    + "(docs/configuration.md#security)");
        }
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setPrincipalClaimName(jwt.usernameClaim());
        converter.setJwtGrantedAuthoritiesConverter(new JwtRoles(jwt.rolesClaim()));
        return converter;
    }
}
