package org.claimtrail.projection;

import org.claimtrail.platform.role.ConditionalOnRole;
import org.claimtrail.platform.role.NodeRole;
import org.claimtrail.platform.schema.ModuleSchema;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

import javax.sql.DataSource;

/**
 * The projection role: the read tables (which this module owns and migrates), the processors that build them,
 * and the read, history, audit and rebuild endpoints.
 */
@AutoConfiguration
@ConditionalOnRole(NodeRole.PROJECTION)
@ComponentScan(excludeFilters = @ComponentScan.Filter(type = FilterType.CUSTOM,
        classes = AutoConfigurationExcludeFilter.class))
public class ProjectionAutoConfiguration {

    @Bean
    ModuleSchema projectionSchema(DataSource dataSource) {
        return new ModuleSchema(dataSource, "projection");
    }
}
