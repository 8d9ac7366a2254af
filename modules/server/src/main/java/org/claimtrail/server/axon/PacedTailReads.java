package org.claimtrail.server.axon;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The storage engine as the {@link WindowedEventStore}'s reader sees it: the reader's tailing reads (the only ones
 * that may block) start at most once per {@code interval}. Axon's reader reads again at once after every read that found
 * events, so under steady writes it queried PostgreSQL hundreds of times a second, a few events each, with a
 * transaction and a gap check per query. Paced, one read takes what a window's commits appended. Every other call
 * goes straight to the engine.
 */
final class PacedTailReads implements EventStorageEngine {

    private final EventStorageEngine engine;
    private final long intervalNanos;
    /** Read and written by the reader's one thread only. */
    private long lastTailRead;

    PacedTailReads(EventStorageEngine engine, Duration interval) {
        this.engine = engine;
        this.intervalNanos = interval.toNanos();
        this.lastTailRead = System.nanoTime() - intervalNanos;
    }

    @Override
    public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
        if (mayBlock) {
            awaitInterval();
        }
        return engine.readEvents(trackingToken, mayBlock);
    }

    private void awaitInterval() {
        long wait = lastTailRead + intervalNanos - System.nanoTime();
        if (wait > 0) {
            try {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // the store is shutting down: read once more and let it stop
            }
        }
        lastTailRead = System.nanoTime();
    }

    @Override
    public void appendEvents(List<? extends EventMessage<?>> events) {
        engine.appendEvents(events);
    }

    @Override
    public void storeSnapshot(DomainEventMessage<?> snapshot) {
        engine.storeSnapshot(snapshot);
    }

    @Override
    public DomainEventStream readEvents(String aggregateIdentifier) {
        return engine.readEvents(aggregateIdentifier);
    }

    @Override
    public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
        return engine.readEvents(aggregateIdentifier, firstSequenceNumber);
    }

    @Override
    public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
        return engine.readSnapshot(aggregateIdentifier);
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        return engine.lastSequenceNumberFor(aggregateIdentifier);
    }

    @Override
    public TrackingToken createTailToken() {
        return engine.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return engine.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return engine.createTokenAt(dateTime);
    }
}
