package org.claimtrail.extraction.article;

import jakarta.servlet.http.HttpServletRequest;
import org.claimtrail.platform.endpoint.UserRole;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/** Who asks, by name and roles: an extraction is its author's, which no endpoint role can say. */
record Caller(String name, Set<UserRole> roles) {

    /** From the signed-in request (security answers {@code isUserInRole} from the user's roles). */
    static Caller of(HttpServletRequest request) {
        Set<UserRole> roles = EnumSet.noneOf(UserRole.class);
        Arrays.stream(UserRole.values()).filter(role -> request.isUserInRole(role.name())).forEach(roles::add);
        return new Caller(request.getUserPrincipal().getName(), roles);
    }

    boolean isAny(UserRole... any) {
        return Arrays.stream(any).anyMatch(roles::contains);
    }
}
