package org.claimtrail.projection;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.claimtrail.api.claim.ClaimEvent;
import org.claimtrail.api.claim.ClaimId;
import org.claimtrail.api.claim.ClaimProposed;
import org.claimtrail.api.claim.ClaimState;
import org.claimtrail.api.claim.Qualifier;
import org.claimtrail.api.claim.Quantity;
import org.claimtrail.api.claim.Source;
import org.claimtrail.api.claim.Stance;
import org.claimtrail.api.claim.Verdict;
import org.claimtrail.api.claim.VerdictSubmitted;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.claimtrail.api.EventMetadata.ACTOR;
import static org.claimtrail.api.EventMetadata.REQUEST_ID;

/**
 * Claims' events as the event store hands them to a processor: stored in an (in-memory) Axon event store with their
 * sequence, time and metadata, and handled in batches, each one unit of work, as a streaming processor handles them.
 */
public final class ClaimStream {

    private final InMemoryEventStorageEngine storage = new InMemoryEventStorageEngine();
    private final EventStore store = EmbeddedEventStore.builder().storageEngine(storage).build();
    private final Map<ClaimId, Long> sequences = new HashMap<>();

    public EventStore store() {
        return store;
    }

    /** Stores {@code event} as the next of its claim's stream, caused by {@code actor} at {@code at}. */
    public DomainEventMessage<ClaimEvent> append(ClaimEvent event, String actor, Instant at) {
        long sequence = sequences.merge(event.claimId(), 0L, (was, zero) -> was + 1);
        DomainEventMessage<ClaimEvent> message = new GenericDomainEventMessage<>("Claim", event.claimId().toString(),
                sequence, event, Map.of(ACTOR, actor, REQUEST_ID, "request-" + sequence), UUID.randomUUID().toString(),
                at);
        store.publish(message);
        return message;
    }

    /** Every stored event, oldest first, as a replay reads them. */
    public List<EventMessage<?>> all() {
        return List.copyOf(storage.readEvents(null, false).toList());
    }

    /** Handles {@code batch} in one unit of work, as one batch of a processor; fails as the batch would. */
    public static void handle(EventHandlerInvoker handlers, List<? extends EventMessage<?>> batch) {
        BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(new ArrayList<>(batch));
        ResultMessage<?> result = unitOfWork.executeWithResult(() -> {
            handlers.handle(unitOfWork.getMessage(), Segment.ROOT_SEGMENT);
            return null;
        }, RollbackConfigurationType.ANY_THROWABLE);
        if (result.isExceptional()) {
            throw new AssertionError("the batch failed", result.exceptionResult());
        }
    }

    public static ClaimProposed proposed(ClaimId id, String statement, String proposition) {
        return new ClaimProposed(id, statement, proposition,
                Quantity.of(new BigDecimal("3000"), Qualifier.AT_LEAST, "soldiers"), "Ministry of Defence",
                List.of(new Source("Reuters", "https://example.org/a", "A report", "At least 3,000 soldiers.", null,
                        Stance.SUPPORTS)),
                "contributor1", ClaimState.PROPOSED);
    }

    public static VerdictSubmitted verdict(ClaimId id, String reviewer, Verdict verdict, ClaimState state) {
        return new VerdictSubmitted(id, reviewer, verdict, "Checked against the footage.", List.of(), state);
    }
}
