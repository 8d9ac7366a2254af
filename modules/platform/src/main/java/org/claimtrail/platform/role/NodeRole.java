package org.claimtrail.platform.role;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A part of claimtrail that a process runs or not, chosen by {@code claimtrail.roles}: any of {@code command},
 * {@code projection} and {@code notification}, or {@code none}; all three when unset.
 */
public enum NodeRole {
    COMMAND, PROJECTION, NOTIFICATION;

    public static final String PROPERTY = "claimtrail.roles";
    private static final String NONE = "none";

    /** The roles this process runs, as {@code claimtrail.roles} says; an unknown name stops the start. */
    public static Set<NodeRole> of(Environment environment) {
        List<String> names = Binder.get(environment).bind(PROPERTY, Bindable.listOf(String.class))
                .orElse(List.of("command", "projection", "notification"));
        Set<NodeRole> roles = EnumSet.noneOf(NodeRole.class);
        for (String name : names) {
            String role = name.strip().toLowerCase(Locale.ROOT);
            if (role.equals(NONE)) {
                continue;
            }
            try {
                roles.add(valueOf(role.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(PROPERTY + " names an unknown role '" + name + "'; it takes "
                        + Arrays.stream(values()).map(NodeRole::toString).collect(Collectors.joining(", ")) + " or "
                        + NONE + ".", e);
            }
        }
        return roles;
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
