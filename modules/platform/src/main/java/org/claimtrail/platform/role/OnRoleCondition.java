package org.claimtrail.platform.role;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

import java.util.Map;
import java.util.Set;

class OnRoleCondition extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        Map<String, Object> attributes = metadata.getAnnotationAttributes(ConditionalOnRole.class.getName());
        Role role = (Role) attributes.get("value");
        Set<Role> roles = Role.of(context.getEnvironment());
        return roles.contains(role)
                ? ConditionOutcome.match(Role.PROPERTY + " " + roles + " includes " + role)
                : ConditionOutcome.noMatch(Role.PROPERTY + " " + roles + " leaves out " + role);
    }
}
