package org.claimtrail.server.axon;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class PacedTailReadsTest {

    private static final Duration INTERVAL = Duration.ofMillis(100);

    /** Counts the reader's queries, each taking a few milliseconds as one to PostgreSQL does. */
    private final AtomicInteger tailReads = new AtomicInteger();
    private final WindowedEventStore events = new WindowedEventStore(EmbeddedEventStore.builder()
            .storageEngine(new PacedTailReads(new InMemoryEventStorageEngine() {
                @Override
                public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken token, boolean mayBlock) {
                    if (mayBlock) {
                        tailReads.incrementAndGet();
                        sleep(3);
                    }
                    return super.readEvents(token, mayBlock);
                }
            }, INTERVAL))
            .fetchDelay(TimeUnit.HOURS.toMillis(1)), Duration.ofMillis(20));

    @AfterEach
    void shutDown() {
        events.shutDown();
    }

    @Test
    void underSteadyCommitsTheReaderReadsOncePerIntervalAndMissesNothing() throws Exception {
        BlockingStream<TrackedEventMessage<?>> stream = events.openStream(null);
        assertThat(stream.hasNextAvailable(50, TimeUnit.MILLISECONDS)).as("nothing stored yet").isFalse();
        int before = tailReads.get();

        // A commit every millisecond for a second: each read of 3 ms would find new events and read again at once.
        long start = System.nanoTime();
        int committed = 0;
        while (System.nanoTime() - start < TimeUnit.SECONDS.toNanos(1)) {
            DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
            events.publish(GenericEventMessage.asEventMessage("verdict " + committed++));
            unitOfWork.commit();
            sleep(1);
        }
        long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        int read = 0;
        while (read < committed && stream.hasNextAvailable(2, TimeUnit.SECONDS)) {
            assertThat(stream.nextAvailable().getPayload()).isEqualTo("verdict " + read++);
        }
        assertThat(read).isEqualTo(committed);
        assertThat(tailReads.get() - before).isLessThanOrEqualTo((int) (elapsedMillis / INTERVAL.toMillis()) + 3);
    }

    @Test
    void readsThatDoNotTailAreNotPaced() {
        PacedTailReads engine = new PacedTailReads(new InMemoryEventStorageEngine(), Duration.ofHours(1));
        engine.appendEvents(GenericEventMessage.asEventMessage("proposed"));
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            for (int i = 0; i < 3; i++) {
                try (Stream<? extends TrackedEventMessage<?>> read = engine.readEvents(null, false)) {
                    assertThat(read.<Object>map(TrackedEventMessage::getPayload)).containsExactly("proposed");
                }
            }
        });
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
