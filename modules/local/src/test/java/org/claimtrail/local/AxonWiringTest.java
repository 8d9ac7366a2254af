package org.claimtrail.local;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ApplicationContext;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Guards the Axon wiring under Spring Boot 4: without the ordering fix, no JDBC event store is built and appends
 * run under a no-op transaction manager, silently.
 */
@ExtendWith(SharedLocalStack.class)
class AxonWiringTest {

    @Test
    void eventsAndTokensLiveInPostgresUnderSpringTransactions(LocalStack stack) {
        ApplicationContext context = stack.server();
        assertThat(context.getBean(EventStorageEngine.class)).isInstanceOf(JdbcEventStorageEngine.class);
        assertThat(context.getBean(TokenStore.class)).isInstanceOf(JdbcTokenStore.class);
        assertThat(context.getBean(TransactionManager.class)).isInstanceOf(SpringTransactionManager.class);
        assertThat(context.getBeansOfType(Serializer.class).values())
                .isNotEmpty()
                .allSatisfy(serializer -> assertThat(serializer).isInstanceOf(Jackson3Serializer.class));
    }

    @Test
    void everyProcessorStopsOnAFailureRatherThanSkipTheEvent(LocalStack stack) {
        EventProcessingConfiguration processing = stack.server().getBean(EventProcessingConfiguration.class);
        assertThat(processing.eventProcessors().keySet()).contains("claims", "conflict-policy", "kafka-relay");
        for (String group : List.of("claims", "conflict-policy", "kafka-relay")) {
            assertThat(processing.listenerInvocationErrorHandler(group)).as(group)
                    .isInstanceOf(PropagatingErrorHandler.class);
        }
    }

    /** What lets a node that lost a race to another node retry its command: Axon must recognise PostgreSQL's answer. */
    @Test
    void anEventAtATakenSequenceIsAConcurrencyConflict(LocalStack stack) {
        EventStorageEngine storage = stack.server().getBean(EventStorageEngine.class);
        String aggregate = UUID.randomUUID().toString();
        storage.appendEvents(event(aggregate, 0), event(aggregate, 1));
        assertThatThrownBy(() -> storage.appendEvents(event(aggregate, 1)))
                .isInstanceOf(ConcurrencyException.class);
    }

    private static DomainEventMessage<?> event(String aggregate, long sequence) {
        return new GenericDomainEventMessage<>("Race", aggregate, sequence, Map.of("n", sequence));
    }
}
