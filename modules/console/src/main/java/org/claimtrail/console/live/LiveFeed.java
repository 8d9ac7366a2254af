package org.claimtrail.console.live;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.claimtrail.api.claim.ClaimEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Every change to a claim, pushed to the open console pages as server-sent events. Each node reads the event store
 * itself, from its head at start, with a stream of its own and a position kept in memory: it sees every event
 * whichever node wrote it or whichever node's processor handles its segment, which neither a subscribing
 * processor (only this node's events) nor a processor sharing tokens with other nodes (only its segments) would.
 * The latest changes are kept so that a page that reconnects with {@code Last-Event-ID} gets what it missed.
 * <p>
 * What a page may cost is bounded ({@link LiveProperties}): each page has a queue of its own, written to the page
 * by a sender of its own, so a page that stops reading holds up no other; once its queue is full it is dropped (and
 * if it reads again, it reconnects and is sent what it missed). Idle pages get a heartbeat comment, streams end after
 * a timeout and the browser reconnects, and one user and the node have at most so many streams open.
 */
@Component
public class LiveFeed implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LiveFeed.class);
    static final int KEPT = 1_000;

    /** One change: the event store's global position is its SSE id. */
    public record Change(long position, String claimId, long sequence, String type, String state) {
    }

    private final EventStore eventStore;
    private final LiveProperties limits;
    private final List<Page> pages = new CopyOnWriteArrayList<>();
    private final Deque<Change> recent = new ArrayDeque<>();
    /**
     * One thread per page that has something to send, and per dropped page whose last write is still blocked (until
     * the container's write timeout): a page's blocked write never waits for a thread another page holds.
     */
    private final ExecutorService senders = Executors.newCachedThreadPool(daemons("console-live-send-"));
    private final ScheduledExecutorService heartbeats =
            Executors.newSingleThreadScheduledExecutor(daemons("console-live-heartbeat-"));
    private volatile boolean running;
    private volatile long startedAt = -1;
    private Thread reader;

    LiveFeed(EventStore eventStore, LiveProperties limits) {
        this.eventStore = eventStore;
        this.limits = limits;
    }

    /**
     * Opens a page's stream for {@code user}; with {@code lastEventId}, sends what the page missed first, or asks it
     * to reload. Refused with {@link TooManyStreams} when the user or the node has as many open as allowed.
     */
    SseEmitter open(String user, Long lastEventId) {
        SseEmitter emitter = new SseEmitter(limits.timeout().toMillis());
        Page page = new Page(user, emitter);
        emitter.onCompletion(page::close);
        emitter.onTimeout(page::close);
        emitter.onError(e -> page.close());
        synchronized (recent) {
            if (pages.size() >= limits.total()) {
                throw new TooManyStreams("This node streams live updates to " + limits.total()
                        + " pages, as many as it may; try again later.");
            }
            if (pages.stream().filter(open -> open.user.equals(user)).count() >= limits.perUser()) {
                throw new TooManyStreams("You have " + limits.perUser()
                        + " live streams open, as many as one user may; close a console page or try again later.");
            }
            pages.add(page);
            page.offer(SseEmitter.event().comment("claimtrail").reconnectTime(2_000));
            if (lastEventId != null) {
                Change oldest = recent.peekFirst();
                long keptFrom = oldest == null ? startedAt : oldest.position() - 1;
                List<Change> missed = recent.stream().filter(change -> change.position() > lastEventId).toList();
                if (lastEventId < keptFrom || missed.size() >= limits.queue()) {
                    page.offer(SseEmitter.event().name("reload").data("{}"));
                } else {
                    missed.forEach(change -> page.offer(event(change)));
                }
            }
        }
        return emitter;
    }

    /** How many pages this node streams to. */
    public int streams() {
        return pages.size();
    }

    private void publish(Change change) {
        synchronized (recent) {
            recent.addLast(change);
            if (recent.size() > KEPT) {
                recent.removeFirst();
            }
            for (Page page : pages) {
                // A builder per page: building an event appends to it.
                page.offer(event(change));
            }
        }
    }

    private void heartbeat() {
        for (Page page : pages) {
            if (page.idle()) {
                page.offer(SseEmitter.event().comment(""));
            }
        }
    }

    /** An open page: what waits to be sent to it, and whether a sender is writing to it. */
    private final class Page {

        private final String user;
        private final SseEmitter emitter;
        private final BlockingQueue<SseEmitter.SseEventBuilder> queue;
        private final AtomicBoolean sending = new AtomicBoolean();
        private volatile boolean closed;

        Page(String user, SseEmitter emitter) {
            this.user = user;
            this.emitter = emitter;
            this.queue = new LinkedBlockingQueue<>(limits.queue());
        }

        boolean idle() {
            return queue.isEmpty() && !sending.get();
        }

        /** Never blocks: a page whose queue is full is not reading, and is dropped. */
        void offer(SseEmitter.SseEventBuilder event) {
            if (closed) {
                return;
            }
            if (!queue.offer(event)) {
                log.debug("Dropped a live stream of {} that stopped reading", user);
                close();
                // Completing waits for the blocked write to end (the container's write timeout): not on this thread.
                execute(emitter::complete);
                return;
            }
            wake();
        }

        private void wake() {
            if (sending.compareAndSet(false, true)) {
                execute(this::send);
            }
        }

        private void send() {
            try {
                SseEmitter.SseEventBuilder event;
                while (!closed && (event = queue.poll()) != null) {
                    emitter.send(event);
                }
            } catch (IOException | IllegalStateException gone) {
                close();
                return;
            } finally {
                sending.set(false);
            }
            if (!closed && !queue.isEmpty()) {
                wake();
            }
        }

        void close() {
            closed = true;
            pages.remove(this);
        }

        private void execute(Runnable task) {
            try {
                senders.execute(task);
            } catch (RejectedExecutionException stopping) {
                close();
            }
        }
    }

    private static SseEmitter.SseEventBuilder event(Change change) {
        return SseEmitter.event().id(Long.toString(change.position())).name("claim").data(change);
    }

    private void read() {
        TrackingToken position = null;
        while (running) {
            try {
                if (position == null) {
                    position = eventStore.createHeadToken();
                    startedAt = position == null ? -1 : position.position().orElse(-1);
                }
                try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(position)) {
                    while (running) {
                        if (!stream.hasNextAvailable(1, TimeUnit.SECONDS)) {
                            continue;
                        }
                        TrackedEventMessage<?> event = stream.nextAvailable();
                        position = event.trackingToken();
                        if (event instanceof DomainEventMessage<?> domain && domain.getPayload() instanceof ClaimEvent claim) {
                            publish(new Change(position.position().orElse(0), domain.getAggregateIdentifier(),
                                    domain.getSequenceNumber(), domain.getPayloadType().getSimpleName(),
                                    claim.state().name()));
                        }
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // PostgreSQL away: read on from the same position once it is back.
                log.debug("The console's live feed could not read the event store: {}", e.getMessage());
                try {
                    Thread.sleep(1_000);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    @Override
    public void start() {
        running = true;
        long heartbeat = limits.heartbeat().toMillis();
        heartbeats.scheduleWithFixedDelay(this::heartbeat, heartbeat, heartbeat, TimeUnit.MILLISECONDS);
        reader = new Thread(this::read, "console-live-feed");
        reader.setDaemon(true);
        reader.start();
    }

    @Override
    public void stop() {
        running = false;
        heartbeats.shutdownNow();
        for (Page page : pages) {
            page.close();
            // As for a dropped page: completing one whose write is blocked waits for it, so not on this thread.
            page.execute(page.emitter::complete);
        }
        senders.shutdown();
        if (reader != null) {
            reader.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private static ThreadFactory daemons(String prefix) {
        CustomizableThreadFactory threads = new CustomizableThreadFactory(prefix);
        threads.setDaemon(true);
        return threads;
    }
}
