package org.claimtrail.console;

import org.claimtrail.console.api.ConsoleIdentity;
import org.claimtrail.console.live.LiveProperties;
import org.claimtrail.platform.role.NodeRole;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.FilterType;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The reviewer console: pages rendered on the server that read and write through the REST API of
 * {@code claimtrail.console.api-url} (this node by default), and live updates read from the event store. It runs on
 * any node with a role, since every such node has the event store; what it may do there is what that API answers.
 */
@AutoConfiguration
@ConditionalOnProperty(name = "claimtrail.console.enabled", havingValue = "true", matchIfMissing = true)
@Conditional(ConsoleAutoConfiguration.AnyRole.class)
@EnableConfigurationProperties(LiveProperties.class)
@ComponentScan(excludeFilters = @ComponentScan.Filter(type = FilterType.CUSTOM,
        classes = AutoConfigurationExcludeFilter.class))
public class ConsoleAutoConfiguration {

    @Bean
    ConsoleIdentity consoleIdentity(@Value("${claimtrail.console.key:}") String key) {
        return ConsoleIdentity.withKey(key);
    }

    /** A {@code none} node has no event store and no API: it serves no console either. */
    static class AnyRole extends SpringBootCondition {
        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return NodeRole.of(context.getEnvironment()).isEmpty()
                    ? ConditionOutcome.noMatch("this node runs no role")
                    : ConditionOutcome.match("this node runs a role");
        }
    }
}
