package org.claimtrail.command;

import org.claimtrail.platform.role.ConditionalOnRole;
import org.claimtrail.platform.role.NodeRole;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * The command role: the Claim and Proposition aggregates with their workflow rules, the conflict policy that
 * carries conflicts between them, and the write endpoints. A process without the role has none of them.
 */
@AutoConfiguration
@ConditionalOnRole(NodeRole.COMMAND)
@ComponentScan(excludeFilters = @ComponentScan.Filter(type = FilterType.CUSTOM,
        classes = AutoConfigurationExcludeFilter.class))
@ConfigurationPropertiesScan
public class CommandAutoConfiguration {
}
