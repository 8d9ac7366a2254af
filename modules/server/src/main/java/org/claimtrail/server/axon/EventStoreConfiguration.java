package org.claimtrail.server.axon;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EventStoreConfiguration {

    /**
     * Tells Axon's JDBC event store that an append lost a race on the (aggregate, sequence) key, so that it raises a
     * ConcurrencyException the command side retries on the fresh stream. Axon's default resolver looks for a
     * SQLIntegrityConstraintViolationException, which PostgreSQL's driver never throws: it names the violation by
     * SQLSTATE 23505 (unique_violation), also on the batch update the engine appends with.
     */
    @Bean
    PersistenceExceptionResolver uniqueViolations() {
        return new SQLStateResolver("23505");
    }
}
