package org.claimtrail.projection.history;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.claimtrail.api.ClaimNotFound;
import org.claimtrail.api.claim.ClaimEvent;
import org.claimtrail.api.claim.ClaimId;
import org.claimtrail.api.claim.ClaimView;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reads a claim's events from the event store, the authority on what happened. */
@Component
public class ClaimEventStream {

    private final EventStore eventStore;

    ClaimEventStream(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** The claim's events in sequence order; {@link ClaimNotFound} when it has none. */
    public List<DomainEventMessage<?>> read(ClaimId id) {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        // From sequence 0: readEvents(id) alone would start from the aggregate's latest snapshot instead.
        eventStore.readEvents(id.toString(), 0).forEachRemaining(events::add);
        if (events.isEmpty()) {
            throw new ClaimNotFound(id);
        }
        return events;
    }

    /** The claim folded from the events stored up to {@code asOf} inclusive (null: all of them). */
    public ClaimView rebuild(ClaimId id, Instant asOf) {
        ClaimView view = null;
        for (DomainEventMessage<?> event : read(id)) {
            if (asOf != null && event.getTimestamp().isAfter(asOf)) {
                break;
            }
            view = ClaimView.evolve(view, (ClaimEvent) event.getPayload(), event.getSequenceNumber(),
                    event.getTimestamp());
        }
        if (view == null) {
            throw new ClaimNotFound(id);
        }
        return view;
    }
}
