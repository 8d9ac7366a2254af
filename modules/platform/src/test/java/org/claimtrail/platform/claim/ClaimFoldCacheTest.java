package org.claimtrail.platform.claim;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.claimtrail.api.ClaimNotFound;
import org.claimtrail.api.claim.ClaimEvent;
import org.claimtrail.api.claim.ClaimId;
import org.claimtrail.api.claim.ClaimProposed;
import org.claimtrail.api.claim.ClaimState;
import org.claimtrail.api.claim.ClaimView;
import org.claimtrail.api.claim.EvidenceAttached;
import org.claimtrail.api.claim.Source;
import org.claimtrail.api.claim.Stance;
import org.claimtrail.api.claim.Verdict;
import org.claimtrail.api.claim.VerdictSubmitted;
import org.claimtrail.api.claim.VerdictWithdrawn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A claim read from the event store is its events folded in order, whatever was read before and whatever is cached. */
class ClaimFoldCacheTest {

    private static final ClaimId CLAIM = ClaimId.random();
    private static final Source REPORT = new Source("Example News", "https://example.org/report", "Troops",
            "At least 3,000 soldiers have entered eastern Russia.", null, Stance.SUPPORTS);
    private static final Instant START = Instant.parse("2024-10-29T10:00:00Z");

    /** How often a claim's events were read from the store. */
    private final AtomicInteger reads = new AtomicInteger();
    private final InMemoryEventStorageEngine storage = new InMemoryEventStorageEngine() {
        @Override
        public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
            reads.incrementAndGet();
            return super.readEvents(aggregateIdentifier, firstSequenceNumber);
        }
    };
    private final EmbeddedEventStore eventStore = EmbeddedEventStore.builder().storageEngine(storage).build();
    private final ClaimFoldCache states = new ClaimFoldCache(eventStore, 100);
    private final List<DomainEventMessage<?>> events = new ArrayList<>();
    private final List<ClaimView> expected = new ArrayList<>();

    ClaimFoldCacheTest() {
        append(new ClaimProposed(CLAIM, "At least 3,000 soldiers have entered eastern Russia.", null, null,
                "United States government", List.of(REPORT), "contributor", ClaimState.PROPOSED));
        append(new VerdictSubmitted(CLAIM, "reviewer1", Verdict.DISPUTE, "Counts differ.", List.of(), ClaimState.DISPUTED));
        append(new EvidenceAttached(CLAIM, REPORT, "contributor", ClaimState.DISPUTED));
    }

    private void append(ClaimEvent event) {
        int sequence = events.size();
        DomainEventMessage<?> message = new GenericDomainEventMessage<>("Claim", CLAIM.toString(), sequence, event,
                Map.of(), "event-" + CLAIM + "-" + sequence, START.plusSeconds(sequence));
        storage.appendEvents(message);
        events.add(message);
        expected.add(ClaimView.evolve(expected.isEmpty() ? null : expected.get(sequence - 1), event, sequence,
                message.getTimestamp()));
    }

    @AfterEach
    void shutDown() {
        eventStore.shutDown();
    }

    @Test
    void aViewIsCurrentUntilAnEventIsStoredAfterIt() {
        assertThat(states.isCurrent(expected.get(2))).isTrue();
        assertThat(states.isCurrent(expected.get(1))).isFalse();
        append(new VerdictWithdrawn(CLAIM, "reviewer1", Verdict.DISPUTE, ClaimState.PROPOSED));
        assertThat(states.isCurrent(expected.get(2))).isFalse();
        assertThat(states.isCurrent(expected.get(3))).isTrue();
    }

    @Test
    void theCurrentClaimFollowsEventsStoredAfterItWasRead() {
        assertThat(states.current(CLAIM)).isEqualTo(expected.get(2));
        append(new VerdictWithdrawn(CLAIM, "reviewer1", Verdict.DISPUTE, ClaimState.PROPOSED));
        assertThat(states.current(CLAIM)).isEqualTo(expected.get(3));
    }

    @Test
    void theClaimAfterAnEarlierEventIsThatEventsStateNotTheLatest() {
        states.current(CLAIM);
        assertThat(states.after(CLAIM, 1)).isEqualTo(expected.get(1));
        assertThat(states.after(CLAIM, 0)).isEqualTo(expected.get(0));
        assertThat(states.after(CLAIM, 2)).isEqualTo(expected.get(2));
    }

    @Test
    void anEventInHandIsFoldedOntoTheViewJustBeforeItWithoutReadingTheStore() {
        assertThat(states.current(CLAIM)).isEqualTo(expected.get(2));
        ClaimEvent withdrawn = new VerdictWithdrawn(CLAIM, "reviewer1", Verdict.DISPUTE, ClaimState.PROPOSED);
        // Not appended: only the cached view and the event handed in can make the claim after it.
        DomainEventMessage<?> notStored = new GenericDomainEventMessage<>("Claim", CLAIM.toString(), 3, withdrawn,
                Map.of(), "event-" + CLAIM + "-3", START.plusSeconds(3));
        assertThat(states.after(notStored)).isEqualTo(ClaimView.evolve(expected.get(2), withdrawn, 3,
                notStored.getTimestamp()));
        // An event the cached view is not just before is read from the store, as before.
        assertThat(states.after(events.get(1))).isEqualTo(expected.get(1));
    }

    @Test
    void eventsHandedInOrderFromTheFirstAreFoldedWithoutReadingTheStoreWhateverWasCached() {
        states.current(CLAIM);
        int readsBefore = reads.get();
        // As a rebuild does: from the claim's first event again, with its latest view cached.
        for (int sequence = 0; sequence < events.size(); sequence++) {
            assertThat(states.after(events.get(sequence))).isEqualTo(expected.get(sequence));
        }
        assertThat(reads).hasValue(readsBefore);
    }

    @Test
    void aSnapshotOfTheAggregateDoesNotStandInForItsEvents() {
        storage.storeSnapshot(new GenericDomainEventMessage<>("Claim", CLAIM.toString(), 1,
                Map.of("aggregate", "state"), Map.of()));
        assertThat(states.current(CLAIM)).isEqualTo(expected.get(2));
        assertThat(states.events(CLAIM)).hasSize(3);
    }

    @Test
    void asOfAnInstantFoldsTheEventsStoredUpToItInclusive() {
        assertThat(states.asOf(CLAIM, START.plusSeconds(1))).isEqualTo(expected.get(1));
        assertThatThrownBy(() -> states.asOf(CLAIM, START.minusSeconds(1))).isInstanceOf(ClaimNotFound.class);
    }

    @Test
    void anUnknownClaimIsNotFound() {
        assertThatThrownBy(() -> states.current(ClaimId.random())).isInstanceOf(ClaimNotFound.class);
        assertThatThrownBy(() -> states.after(CLAIM, 7)).isInstanceOf(IllegalStateException.class);
    }
}
