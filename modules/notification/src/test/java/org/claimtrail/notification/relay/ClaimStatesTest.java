package org.claimtrail.notification.relay;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.claimtrail.api.claim.ClaimEvent;
import org.claimtrail.api.claim.ClaimView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The state sent after an event is the claim folded up to that event, whatever order the relay sees events in. */
class ClaimStatesTest {

    private final InMemoryEventStorageEngine storage = new InMemoryEventStorageEngine();
    private final EmbeddedEventStore eventStore = EmbeddedEventStore.builder().storageEngine(storage).build();
    private final ClaimStates states = new ClaimStates(eventStore);
    private final List<DomainEventMessage<?>> events = SampleEvents.stream();
    private final List<ClaimView> expected = new ArrayList<>();

    ClaimStatesTest() {
        storage.appendEvents(events);
        ClaimView view = null;
        for (DomainEventMessage<?> event : events) {
            view = ClaimView.evolve(view, (ClaimEvent) event.getPayload(), event.getSequenceNumber(),
                    event.getTimestamp());
            expected.add(view);
        }
    }

    @AfterEach
    void shutDown() {
        eventStore.shutDown();
    }

    @Test
    void foldsTheClaimUpToEachEventInStreamOrder() {
        for (DomainEventMessage<?> event : events) {
            assertThat(states.after(event)).isEqualTo(expected.get((int) event.getSequenceNumber()));
        }
    }

    @Test
    void aRepeatOrAReplayGetsTheStateOfItsOwnEventNotTheLatest() {
        events.forEach(states::after);
        assertThat(states.after(events.get(2))).isEqualTo(expected.get(2));
        assertThat(states.after(events.get(0))).isEqualTo(expected.get(0));
        assertThat(states.after(events.get(1))).isEqualTo(expected.get(1));
    }

    @Test
    void aSnapshotOfTheAggregateDoesNotStandInForItsEvents() {
        storage.storeSnapshot(new GenericDomainEventMessage<>("Claim", SampleEvents.CLAIM.toString(), 5,
                Map.of("aggregate", "state"), Map.of()));
        assertThat(states.after(events.get(7))).isEqualTo(expected.get(7));
    }
}
