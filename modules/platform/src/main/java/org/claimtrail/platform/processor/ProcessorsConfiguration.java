package org.claimtrail.platform.processor;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.claimtrail.platform.schema.ModuleSchema;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.lang.management.ManagementFactory;
import java.time.Duration;

@Configuration(proxyBeanMethods = false)
public class ProcessorsConfiguration {

    @Bean
    ModuleSchema platformSchema(DataSource dataSource) {
        return new ModuleSchema(dataSource, "platform");
    }

    @Bean
    ClusterProcessors clusterProcessors(DataSource dataSource, PlatformTransactionManager transactionManager,
                                        EventStore eventStore, TokenStore tokenStore, TokenSchema schema,
                                        EventProcessingConfiguration processing) {
        if (!(tokenStore instanceof JdbcTokenStore jdbcTokens)) {
            throw new IllegalStateException("The cluster's processors are read from Axon's JDBC token store, not "
                    + tokenStore.getClass().getName());
        }
        return new ClusterProcessors(new JdbcTemplate(dataSource), new TransactionTemplate(transactionManager),
                eventStore, jdbcTokens.serializer(), schema, nodeId(), processing);
    }

    @Bean
    ProcessorHeadWait processorHeadWait(ClusterProcessors processors, EventStore eventStore) {
        return new ProcessorHeadWait(processors, eventStore);
    }

    /** Started once the processors run; on close it deregisters this node, so the others take its share at once. */
    @Bean(initMethod = "start")
    SegmentBalancer segmentBalancer(EventProcessingConfiguration processing, ClusterProcessors processors,
                                    DataSource dataSource, ModuleSchema platformSchema,
                                    @Value("${claimtrail.processors.balance-interval:5s}") Duration interval,
                                    @Value("${claimtrail.processors.node-timeout:15s}") Duration nodeTimeout) {
        return new SegmentBalancer(processing, processors, new JdbcTemplate(dataSource), nodeId(), interval,
                nodeTimeout);
    }

    /**
     * Every pooled processor reads the event store through {@link PromptEventStreams}. A component of Axon's
     * configuration rather than a bean, because the event store is one too and is built from these modules.
     */
    @Bean
    ConfigurerModule promptProcessors(@Value("${claimtrail.processors.poll-interval:25ms}") Duration interval,
                                      @Value(CommitWindow.PROPERTY) Duration window) {
        return configurer -> {
            configurer.registerComponent(PromptEventStreams.class,
                    configuration -> new PromptEventStreams(configuration.eventStore(), interval, window));
            configurer.eventProcessing().registerPooledStreamingEventProcessorConfiguration(
                    (configuration, processor) -> processor.messageSource(
                            configuration.getComponent(PromptEventStreams.class)));
        };
    }

    /** The node id Axon's JdbcTokenStore records as a segment's owner when none is configured. */
    private static String nodeId() {
        return ManagementFactory.getRuntimeMXBean().getName();
    }

    @Bean
    ProcessorsHealthIndicator processorsHealthIndicator(ClusterProcessors processors,
                                                        EventProcessingConfiguration processing) {
        return new ProcessorsHealthIndicator(processors, processing);
    }

    @Bean
    ProcessorMetrics eventProcessorMetrics(ClusterProcessors processors,
                                      @Value("${claimtrail.processors.metrics-interval:5s}") Duration interval) {
        return new ProcessorMetrics(processors, interval);
    }
}
