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

class WindowedEventStoreTest {

    /** Counts the reader's queries. */
    private final AtomicInteger reads = new AtomicInteger();
    private final WindowedEventStore events = new WindowedEventStore(EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine() {
                @Override
                public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken token, boolean mayBlock) {
                    reads.incrementAndGet();
                    return super.readEvents(token, mayBlock);
                }
            })
            .fetchDelay(TimeUnit.HOURS.toMillis(1)), Duration.ofMillis(300));

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
            DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
            events.publish(GenericEventMessage.asEventMessage(payload));
            unitOfWork.commit();
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
}
