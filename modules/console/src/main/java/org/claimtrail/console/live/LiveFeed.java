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
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * Every change to a claim, pushed to the open console pages as server-sent events. Each node reads the event store
 * itself, from its head at start, with a stream of its own and a position kept in memory: it sees every event
 * whichever node wrote it or whichever node's processor handles its segment, which neither a subscribing
 * processor (only this node's events) nor a processor sharing tokens with other nodes (only its segments) would.
 * The latest changes are kept so that a page that reconnects with {@code Last-Event-ID} gets what it missed.
 */
@Component
public class LiveFeed implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LiveFeed.class);
    static final int KEPT = 1_000;

    /** One change: the event store's global position is its SSE id. */
    public record Change(long position, String claimId, long sequence, String type, String state) {
    }

    private final EventStore eventStore;
    private final List<SseEmitter> pages = new CopyOnWriteArrayList<>();
    private final Deque<Change> recent = new ArrayDeque<>();
    private volatile boolean running;
    private volatile long startedAt = -1;
    private Thread reader;

    LiveFeed(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** Opens a page's stream; with {@code lastEventId}, sends what the page missed first, or asks it to reload. */
    SseEmitter open(Long lastEventId) {
        SseEmitter page = new SseEmitter(0L);
        page.onCompletion(() -> pages.remove(page));
        page.onTimeout(() -> pages.remove(page));
        page.onError(e -> pages.remove(page));
        synchronized (recent) {
            try {
                page.send(SseEmitter.event().comment("claimtrail").reconnectTime(2_000));
                if (lastEventId != null) {
                    Change oldest = recent.peekFirst();
                    long keptFrom = oldest == null ? startedAt : oldest.position() - 1;
                    if (lastEventId < keptFrom) {
                        page.send(SseEmitter.event().name("reload").data("{}"));
                    }
                    for (Change change : recent) {
                        if (change.position() > lastEventId) {
                            page.send(event(change));
                        }
                    }
                }
            } catch (IOException e) {
                page.completeWithError(e);
                return page;
            }
            pages.add(page);
        }
        return page;
    }

    private void publish(Change change) {
        synchronized (recent) {
            recent.addLast(change);
            if (recent.size() > KEPT) {
                recent.removeFirst();
            }
            for (SseEmitter page : pages) {
                try {
                    page.send(event(change));
                } catch (IOException | IllegalStateException e) {
                    pages.remove(page);
                }
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
        reader = new Thread(this::read, "console-live-feed");
        reader.setDaemon(true);
        reader.start();
    }

    @Override
    public void stop() {
        running = false;
        pages.forEach(SseEmitter::complete);
        pages.clear();
        if (reader != null) {
            reader.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
