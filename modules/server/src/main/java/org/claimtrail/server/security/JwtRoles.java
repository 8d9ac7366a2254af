package org.claimtrail.server.security;

import org.claimtrail.platform.endpoint.UserRole;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a user's roles from the configured claim of a bearer token or of the console's ID token and user info: a list
 * or a space-separated string of role names, each exactly a {@link UserRole} name. The claim is client-scoped
 * ({@code resource_access.claimtrail.roles} by default), so an issuer's realm roles and other applications' roles
 * grant nothing here, and neither does a name in another case ({@code admin} is not {@code ADMIN}). See
 * docs/api.md#authentication.
 */
final class JwtRoles implements Converter<Jwt, Collection<GrantedAuthority>> {

    private static final Set<String> ROLES = Arrays.stream(UserRole.values()).map(UserRole::name).collect(Collectors.toSet());

    private final List<String> claimPath;

    JwtRoles(String rolesClaim) {
        this.claimPath = List.of(rolesClaim.split("\\."));
    }

    @Override
    public Collection<GrantedAuthority> convert(Jwt jwt) {
        return of(jwt.getClaims());
    }

    /** The roles that {@code claims} (a token's, or a signed-in user's attributes) give. */
    Collection<GrantedAuthority> of(Map<String, Object> claims) {
        Object value = claims;
        for (String step : claimPath) {
            value = value instanceof Map<?, ?> object ? object.get(step) : null;
        }
        Collection<?> names = value instanceof Collection<?> list ? list
                : value instanceof String text ? List.of(text.split("\\s+")) : List.of();
        return names.stream()
                .filter(ROLES::contains)
                .distinct()
                .map(name -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + name))
                .toList();
    }
}
