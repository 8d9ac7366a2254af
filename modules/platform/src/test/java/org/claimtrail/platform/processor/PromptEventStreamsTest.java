package org.claimtrail.platform.processor;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class PromptEventStreamsTest {

    private final EmbeddedEventStore events = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();

    @AfterEach
    void shutDown() {
        events.shutDown();
    }

    @Test
    void aProcessorIsCalledBackOnceEventsAreCommittedNotBefore() throws Exception {
        PromptEventStreams streams = new PromptEventStreams(events, Duration.ofHours(1), Duration.ofMillis(3));
        BlockingStream<TrackedEventMessage<?>> stream = streams.openStream(null);
        CountDownLatch called = new CountDownLatch(1);
        assertThat(stream.setOnAvailableCallback(called::countDown)).as("the processor is told it may wait").isTrue();

        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        events.publish(GenericEventMessage.asEventMessage("proposed"));
        assertThat(called.getCount()).as("not before the commit").isEqualTo(1);
        unitOfWork.commit();

        assertThat(called.await(5, TimeUnit.SECONDS)).as("called back after the commit").isTrue();
        assertThat(stream.hasNextAvailable(5, TimeUnit.SECONDS)).isTrue();
        assertThat(stream.nextAvailable().getPayload()).isEqualTo("proposed");
    }

    @Test
    void commitsWithinOneWindowShareOneCallBack() throws Exception {
        PromptEventStreams streams = new PromptEventStreams(events, Duration.ofHours(1), Duration.ofMillis(300));
        BlockingStream<TrackedEventMessage<?>> stream = streams.openStream(null);
        AtomicInteger calls = new AtomicInteger();
        stream.setOnAvailableCallback(calls::incrementAndGet);

        for (String payload : List.of("proposed", "verdict", "verdict")) {
            DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
            events.publish(GenericEventMessage.asEventMessage(payload));
            unitOfWork.commit();
        }

        Thread.sleep(900);
        assertThat(calls).as("one call back for three commits").hasValue(1);
        for (int read = 0; read < 3; read++) {
            assertThat(stream.hasNextAvailable(1, TimeUnit.SECONDS)).isTrue();
            stream.nextAvailable();
        }
    }

    /** Events other nodes commit are not published here: the interval is what makes the processor look for them. */
    @Test
    void aProcessorIsCalledBackEveryIntervalWithoutCommitsHere() throws Exception {
        PromptEventStreams streams = new PromptEventStreams(events, Duration.ofMillis(20), Duration.ofMillis(3));
        CountDownLatch called = new CountDownLatch(3);
        streams.openStream(null).setOnAvailableCallback(called::countDown);

        assertThat(called.await(5, TimeUnit.SECONDS)).isTrue();
    }
}
