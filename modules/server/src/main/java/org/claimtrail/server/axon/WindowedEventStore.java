package org.claimtrail.server.axon;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.claimtrail.platform.processor.CommitWindow;

import java.time.Duration;
import java.util.List;

/**
 * Axon's embedded event store, whose reader looks for new events once per {@code window}: woken once a window after
 * local commits rather than after each one, and under steady writes reading at most once a window
 * ({@link PacedTailReads}) rather than again at once after every read that found events. Unwindowed, the reader
 * queried PostgreSQL after every commit and hundreds of times a second under load, a few events and a transaction
 * each. The processors, called back after the same window, find the window's events read in one query.
 */
class WindowedEventStore extends EmbeddedEventStore {

    private final CommitWindow window;

    /** {@code builder} without its storage engine, which this store paces. */
    WindowedEventStore(Builder builder, EventStorageEngine engine, Duration window) {
        super(builder.storageEngine(new PacedTailReads(engine, window)));
        // The argument is unused by the reader's wake-up, which fetches whatever was committed.
        this.window = new CommitWindow("claimtrail-event-store-window", window, Duration.ZERO,
                () -> super.afterCommit(List.of()));
    }

    @Override
    protected void afterCommit(List<? extends EventMessage<?>> events) {
        window.committed();
    }

    @Override
    public void shutDown() {
        window.close();
        super.shutDown();
    }
}
