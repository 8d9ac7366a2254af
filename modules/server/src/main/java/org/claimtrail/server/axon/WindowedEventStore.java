package org.claimtrail.server.axon;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.claimtrail.platform.processor.CommitWindow;

import java.time.Duration;
import java.util.List;

/**
 * Axon's embedded event store, whose reader looks for new events once per {@code window} after local commits rather
 * than after each one. After every commit the reader queried PostgreSQL twice (once for the event, once to find
 * nothing more), each in a transaction of its own: a third of the database's transactions under load. The
 * processors, called back after the same window, find the window's events read in one query.
 */
class WindowedEventStore extends EmbeddedEventStore {

    private final CommitWindow window;

    WindowedEventStore(Builder builder, Duration window) {
        super(builder);
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
