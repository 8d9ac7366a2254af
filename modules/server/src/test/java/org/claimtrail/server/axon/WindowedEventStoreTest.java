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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class WindowedEventStoreTest {

    private static final Duration WINDOW = Duration.ofMillis(300);

    /** Counts the reader's queries, each taking a few milliseconds as one to PostgreSQL does. */
    private final AtomicInteger reads = new AtomicInteger();
    private final WindowedEventStore events = new WindowedEventStore(EmbeddedEventStore.builder()
            .fetchDelay(TimeUnit.HOURS.toMillis(1)), new InMemoryEventStorageEngine() {
                @Override
                public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken token, boolean mayBlock) {
                    reads.incrementAndGet();
                    sleep(3);
                    return super.readEvents(token, mayBlock);
                }
            }, WINDOW);

    @AfterEach
    void shutDown() {
        events.shutDown();
    }

    @Test
    void theCommitsOfOneWindowAreReadTogetherWhenItEnds() throws Exception {
        BlockingStream<TrackedEventMessage<?>> stream = events.openStream(null);
        assertThat(stream.hasNextAvailable(200, TimeUnit.MILLISECONDS)).as("nothing stored yet").isFalse();
        int before = reads.get();

        for (String payload : List.of("proposed", "verdict", "verdict")) {
            commit(payload);
        }
        assertThat(stream.hasNextAvailable(150, TimeUnit.MILLISECONDS)).as("not read before the window ends").isFalse();

        List<Object> read = new ArrayList<>();
        while (read.size() < 3 && stream.hasNextAvailable(2, TimeUnit.SECONDS)) {
            read.add(stream.nextAvailable().getPayload());
        }
        assertThat(read).containsExactly("proposed", "verdict", "verdict");
        // One read finds the three events, the next one nothing more: not two for each commit.
        assertThat(reads.get() - before).isLessThanOrEqualTo(2);
    }

    @Test
    void underSteadyCommitsTheReaderReadsOncePerWindowAndMissesNothing() throws Exception {
        BlockingStream<TrackedEventMessage<?>> stream = events.openStream(null);
        assertThat(stream.hasNextAvailable(50, TimeUnit.MILLISECONDS)).as("nothing stored yet").isFalse();
        int before = reads.get();

        // A commit every millisecond for two seconds: each read of 3 ms would find new events and read again at once.
        long start = System.nanoTime();
        int committed = 0;
        while (System.nanoTime() - start < TimeUnit.SECONDS.toNanos(2)) {
            commit("verdict " + committed++);
            sleep(1);
        }
        long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        int read = 0;
        while (read < committed && stream.hasNextAvailable(2, TimeUnit.SECONDS)) {
            assertThat(stream.nextAvailable().getPayload()).isEqualTo("verdict " + read++);
        }
        assertThat(read).isEqualTo(committed);
        assertThat(reads.get() - before).isLessThanOrEqualTo((int) (elapsedMillis / WINDOW.toMillis()) + 3);
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

    private void commit(String payload) {
        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        events.publish(GenericEventMessage.asEventMessage(payload));
        unitOfWork.commit();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
