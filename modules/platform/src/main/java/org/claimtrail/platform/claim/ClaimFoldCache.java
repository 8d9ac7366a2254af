package org.claimtrail.platform.claim;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.claimtrail.api.ClaimNotFound;
import org.claimtrail.api.claim.ClaimEvent;
import org.claimtrail.api.claim.ClaimId;
import org.claimtrail.api.claim.ClaimView;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A claim read from the event store, the authority, and folded by {@link ClaimView#evolve}: the same fold as the
 * aggregate's and the read table's. The latest view of the claims read last is kept in a bounded cache, so reading
 * a claim again folds only the events stored since (events never change, so a view at sequence n is the same
 * whoever folded it).
 */
public class ClaimFoldCache {

    private final EventStore eventStore;
    private final Cache<ClaimId, ClaimView> latest;

    public ClaimFoldCache(EventStore eventStore, long cacheSize) {
        this.eventStore = eventStore;
        this.latest = Caffeine.newBuilder().maximumSize(cacheSize).build();
    }

    /** The claim after its last stored event. */
    public ClaimView current(ClaimId id) {
        return at(id, Long.MAX_VALUE);
    }

    /**
     * Whether {@code view} is the claim after its last stored event: the claim's newest sequence number is one index
     * lookup, where folding what a read table has not caught up with yet reads its events.
     */
    public boolean isCurrent(ClaimView view) {
        return eventStore.lastSequenceNumberFor(view.id().toString()).orElse(-1L) <= view.version();
    }

    /** The claim right after its event {@code sequence}, which must be stored. */
    public ClaimView after(ClaimId id, long sequence) {
        ClaimView view = at(id, sequence);
        if (view.version() != sequence) {
            throw new IllegalStateException("The event store has no event " + sequence + " of claim " + id);
        }
        return view;
    }

    /**
     * The claim right after {@code event}, one of its stored events, for a processor that handles a claim's events in
     * order. A claim's first event, or one that follows the cached view, is folded without reading the store. The fold
     * then replaces the cached view even if that one was later (a rebuild starting over): the processor asks next for
     * the view after it, and a cached view behind is folded forward, where one ahead is folded again from the start.
     */
    public ClaimView after(DomainEventMessage<?> event) {
        ClaimId id = ((ClaimEvent) event.getPayload()).claimId();
        long sequence = event.getSequenceNumber();
        ClaimView before = sequence == 0 ? null : latest.getIfPresent(id);
        ClaimView view = sequence == 0 || (before != null && before.version() == sequence - 1)
                ? evolve(before, event)
                : after(id, sequence);
        latest.put(id, view);
        return view;
    }

    /** The claim as it stood at {@code instant}: its events stored up to then, inclusive. */
    public ClaimView asOf(ClaimId id, Instant instant) {
        ClaimView view = null;
        for (DomainEventMessage<?> event : events(id)) {
            if (event.getTimestamp().isAfter(instant)) {
                break;
            }
            view = evolve(view, event);
        }
        if (view == null) {
            throw new ClaimNotFound(id);
        }
        return view;
    }

    /** The claim's events in sequence order; {@link ClaimNotFound} when it has none. */
    public List<DomainEventMessage<?>> events(ClaimId id) {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        // From sequence 0: readEvents(id) alone would start from the aggregate's latest snapshot instead.
        eventStore.readEvents(id.toString(), 0).forEachRemaining(events::add);
        if (events.isEmpty()) {
            throw new ClaimNotFound(id);
        }
        return events;
    }

    private ClaimView at(ClaimId id, long sequence) {
        ClaimView cached = latest.getIfPresent(id);
        if (cached != null && cached.version() == sequence) {
            return cached;
        }
        // Folding on from the cached view when it is not past the sequence asked for; from the start otherwise.
        ClaimView view = cached != null && cached.version() < sequence ? cached : null;
        DomainEventStream events = eventStore.readEvents(id.toString(), view == null ? 0 : view.version() + 1);
        while (events.hasNext() && events.peek().getSequenceNumber() <= sequence) {
            view = evolve(view, events.next());
        }
        if (view == null) {
            throw new ClaimNotFound(id);
        }
        ClaimView folded = view;
        latest.asMap().merge(id, folded, (old, now) -> now.version() > old.version() ? now : old);
        return folded;
    }

    private static ClaimView evolve(ClaimView view, DomainEventMessage<?> event) {
        return ClaimView.evolve(view, (ClaimEvent) event.getPayload(), event.getSequenceNumber(), event.getTimestamp());
    }
}
