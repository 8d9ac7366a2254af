package org.claimtrail.notification;

import org.claimtrail.platform.role.ConditionalOnRole;
import org.claimtrail.platform.role.NodeRole;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/** The notification role: the relay of claim events to Kafka, its topics, health, lag metric and replay endpoint. */
@AutoConfiguration
@ConditionalOnRole(NodeRole.NOTIFICATION)
@ComponentScan(excludeFilters = @ComponentScan.Filter(type = FilterType.CUSTOM,
        classes = AutoConfigurationExcludeFilter.class))
public class NotificationAutoConfiguration {
}
