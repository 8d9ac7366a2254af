package org.claimtrail.notification.relay;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.claimtrail.api.claim.ClaimEvent;
import org.claimtrail.api.claim.ClaimView;
import org.springframework.stereotype.Component;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The claim as the REST API shows it right after a given event, folded from the event store by the same rules as
 * the read tables. The view after a claim's previous event is kept for the claims relayed last, so that relaying a
 * claim's next event folds one event instead of reading its whole stream again.
 */
@Component
class ClaimStates {

    private static final int REMEMBERED_CLAIMS = 1_000;

    private final EventStore eventStore;
    private final Map<String, ClaimView> latest = Collections.synchronizedMap(
            new LinkedHashMap<>(REMEMBERED_CLAIMS, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, ClaimView> eldest) {
                    return size() > REMEMBERED_CLAIMS;
                }
            });

    ClaimStates(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    ClaimView after(DomainEventMessage<?> message) {
        String claimId = message.getAggregateIdentifier();
        long sequence = message.getSequenceNumber();
        ClaimView previous = latest.get(claimId);
        // Events never change, so the view after event n-1 is the same whoever folded it.
        ClaimView view = previous != null && previous.version() == sequence - 1
                ? ClaimView.evolve(previous, (ClaimEvent) message.getPayload(), sequence, message.getTimestamp())
                : fold(claimId, sequence);
        latest.put(claimId, view);
        return view;
    }

    private ClaimView fold(String claimId, long upToSequence) {
        ClaimView view = null;
        // From sequence 0 on purpose: readEvents(id) would start from a snapshot, which is no claim event.
        DomainEventStream events = eventStore.readEvents(claimId, 0);
        while (events.hasNext() && events.peek().getSequenceNumber() <= upToSequence) {
            DomainEventMessage<?> event = events.next();
            view = ClaimView.evolve(view, (ClaimEvent) event.getPayload(), event.getSequenceNumber(),
                    event.getTimestamp());
        }
        if (view == null || view.version() != upToSequence) {
            throw new IllegalStateException("The event store has no event " + upToSequence + " of claim " + claimId);
        }
        return view;
    }
}
