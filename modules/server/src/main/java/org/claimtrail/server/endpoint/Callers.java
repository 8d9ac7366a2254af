package org.claimtrail.server.endpoint;

import org.claimtrail.platform.endpoint.UserRole;

import java.util.List;

/** Who may call an endpoint: every signed-in user, or those who hold one of {@code roles} (in the declared order). */
public record Callers(boolean anySignedInUser, List<UserRole> roles) {

    public Callers {
        roles = List.copyOf(roles);
        if (anySignedInUser == !roles.isEmpty()) {
            throw new IllegalArgumentException("either any signed-in user or some roles, not " + roles);
        }
    }

    public static Callers anySignedIn() {
        return new Callers(true, List.of());
    }

    public static Callers withRoles(List<UserRole> roles) {
        return new Callers(false, roles);
    }

    /** The role names, as Spring Security's {@code hasAnyRole} takes them. */
    public String[] roleNames() {
        return roles.stream().map(UserRole::name).toArray(String[]::new);
    }

    /** In the OpenAPI document's words: "any signed-in user", "REVIEWER", "AUDITOR, EDITOR or ADMIN". */
    public String describe() {
        if (anySignedInUser) {
            return "any signed-in user";
        }
        List<String> names = roles.stream().map(UserRole::name).toList();
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }
}
