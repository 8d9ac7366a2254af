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
        NodeRole role = (NodeRole) attributes.get("value");
        Set<NodeRole> roles = NodeRole.of(context.getEnvironment());
        return roles.contains(role)
                ? ConditionOutcome.match(NodeRole.PROPERTY + " " + roles + " includes " + role)
                : ConditionOutcome.noMatch(NodeRole.PROPERTY + " " + roles + " leaves out " + role);
    }
}
