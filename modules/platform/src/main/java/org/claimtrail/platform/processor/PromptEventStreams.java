package org.claimtrail.platform.processor;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.lifecycle.Lifecycle;
import org.axonframework.lifecycle.Phase;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The event store as the pooled processors read it, telling them when to look for events. Axon's pooled processor
 * polls a stream that cannot call back every 500 ms, and the JDBC event store's streams cannot: an idle processor saw a
 * new event 250 ms later on average. These streams call back shortly after {@code window} has passed since a local
 * commit of events (the event store reads the window's events at its end), and every {@code interval} for events
 * other nodes commit, which the event store finds by polling PostgreSQL.
 * <p>
 * The commits within one window share one call back, so that a processor handles them as one batch: one transaction,
 * one token update and one Kafka request for several events. Called back after every commit, each processor ran a
 * transaction per event, and the write path's commits outnumbered its requests six to one.
 */
public final class PromptEventStreams implements StreamableMessageSource<TrackedEventMessage<?>>, Lifecycle {

    /** Lets the event store's reader fetch what the window's commits appended before the processors look. */
    private static final Duration AFTER_READER = Duration.ofMillis(3);

    private final EventStore events;
    private final Set<PromptStream> open = ConcurrentHashMap.newKeySet();
    private final CommitWindow window;

    public PromptEventStreams(EventStore events, Duration interval, Duration window) {
        this.events = events;
        this.window = new CommitWindow("claimtrail-event-streams", window, AFTER_READER, this::wake);
        this.window.every(interval, this::wake);
        events.subscribe(published -> {
            if (CurrentUnitOfWork.isStarted()) {
                CurrentUnitOfWork.get().afterCommit(unitOfWork -> this.window.committed());
            } else {
                this.window.committed();
            }
        });
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken token) {
        return new PromptStream(events.openStream(token));
    }

    @Override
    public TrackingToken createTailToken() {
        return events.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return events.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return events.createTokenAt(dateTime);
    }

    @Override
    public void registerLifecycleHandlers(LifecycleRegistry lifecycle) {
        lifecycle.onShutdown(Phase.INBOUND_EVENT_CONNECTORS, window::close);
    }

    private void wake() {
        open.forEach(PromptStream::available);
    }

    /** The event store's stream, with the processor's callback kept for {@link #wake}. */
    private final class PromptStream implements BlockingStream<TrackedEventMessage<?>> {

        private final BlockingStream<TrackedEventMessage<?>> delegate;
        private volatile Runnable callback;

        private PromptStream(BlockingStream<TrackedEventMessage<?>> delegate) {
            this.delegate = delegate;
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            this.callback = callback;
            open.add(this);
            return true;
        }

        private void available() {
            Runnable current = callback;
            if (current != null) {
                current.run();
            }
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return delegate.peek();
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            return delegate.hasNextAvailable(timeout, unit);
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            return delegate.nextAvailable();
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            delegate.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }

        @Override
        public void close() {
            open.remove(this);
            delegate.close();
        }
    }
}
