package org.claimtrail.server.security;

import org.claimtrail.platform.endpoint.UserRole;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a token's roles from its configured claim: a list or a space- or comma-separated string of role names, in
 * any case. Names that are no claimtrail role are ignored, so an issuer's other roles grant nothing here.
 */
final class JwtRoles implements Converter<Jwt, Collection<GrantedAuthority>> {

    private static final Set<String> ROLES = Arrays.stream(UserRole.values()).map(UserRole::name).collect(Collectors.toSet());

    private final List<String> claimPath;

    JwtRoles(String rolesClaim) {
        this.claimPath = List.of(rolesClaim.split("\\."));
    }

    @Override
    public Collection<GrantedAuthority> convert(Jwt jwt) {
        Object value = jwt.getClaims();
        for (String step : claimPath) {
            value = value instanceof Map<?, ?> object ? object.get(step) : null;
        }
        Collection<?> names = value instanceof Collection<?> list ? list
                : value instanceof String text ? List.of(text.split("[\\s,]+")) : List.of();
        return names.stream()
                .filter(String.class::isInstance)
                .map(name -> ((String) name).strip().toUpperCase(Locale.ROOT))
                .filter(ROLES::contains)
                .distinct()
                .map(name -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + name))
                .toList();
    }
}
