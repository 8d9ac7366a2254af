package org.claimtrail.server.axon;

import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.claimtrail.platform.processor.CommitWindow;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.context.annotation.Bean;

import java.time.Duration;

/**
 * Axon's event store as its auto-configuration makes it, reading PostgreSQL for events other nodes committed every
 * {@code claimtrail.processors.fetch-delay} instead of every second: a projection node then shows a command node's
 * write within a tenth of a second. Events this node commits wake the reader within
 * {@code claimtrail.processors.batch-window}, and under steady writes it reads once per window
 * ({@link WindowedEventStore}). Ordered between
 * Axon's JDBC auto-configuration, which makes the storage engine, and its main one, which would make the store.
 */
@AutoConfiguration(
        afterName = "org.axonframework.springboot.autoconfig.JdbcAutoConfiguration",
        beforeName = "org.axonframework.springboot.autoconfig.AxonAutoConfiguration")
public class EventStoreAutoConfiguration {

    @Bean(name = "eventBus")
    @ConditionalOnBean(EventStorageEngine.class)
    EmbeddedEventStore eventStore(EventStorageEngine storageEngine, Configuration configuration,
                                  @Value("${claimtrail.processors.fetch-delay:100ms}") Duration fetchDelay,
                                  @Value(CommitWindow.PROPERTY) Duration window) {
        return new WindowedEventStore(EmbeddedEventStore.builder()
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class))
                .fetchDelay(fetchDelay.toMillis()), storageEngine, window);
    }
}
