package org.claimtrail.platform.processor;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A reset processor's catch-up hands every stored event to its segment's handlers once, in order per aggregate, a
 * batch per transaction with the segment's token, and stops when another node has taken a segment from it.
 */
class ReplayCatchUpTest {

    private static final int AGGREGATES = 5;
    private static final int EVENTS = 29;
    private static final int BATCH = 4;

    private final InMemoryEventStorageEngine storage = new InMemoryEventStorageEngine();
    private final EmbeddedEventStore eventStore = EmbeddedEventStore.builder().storageEngine(storage).build();
    private final Segment[] segments = Segment.computeSegments(0, 1);
    private final Queue<Handled> handled = new ConcurrentLinkedQueue<>();
    private final Map<Integer, List<TrackingToken>> stored = new ConcurrentHashMap<>();
    private final AtomicInteger commits = new AtomicInteger();
    private final AtomicInteger rollbacks = new AtomicInteger();

    /** An event handled: by which segment's thread, of which aggregate, at which sequence number. */
    private record Handled(String thread, String aggregate, long sequence) {
    }

    ReplayCatchUpTest() {
        long[] next = new long[AGGREGATES];
        for (int i = 0; i < EVENTS; i++) {
            int aggregate = (i * 7 + i / 3) % AGGREGATES;
            storage.appendEvents(new GenericDomainEventMessage<>("Claim", "claim-" + aggregate, next[aggregate]++,
                    "event " + i));
        }
    }

    @AfterEach
    void shutDown() {
        eventStore.shutDown();
    }

    @Test
    void everyStoredEventIsHandledOnceInOrderPerAggregateByItsSegmentWithTheTokenAfterEachBatch() {
        catchUp(this::storeToken).join();

        assertThat(handled).hasSize(EVENTS);
        Map<String, List<Handled>> byAggregate = new ConcurrentHashMap<>();
        handled.forEach(event -> byAggregate.computeIfAbsent(event.aggregate(), a -> new ArrayList<>()).add(event));
        assertThat(byAggregate).hasSize(AGGREGATES);
        byAggregate.values().forEach(events -> {
            assertThat(events).extracting(Handled::sequence).isSorted().doesNotHaveDuplicates();
            assertThat(events).extracting(Handled::thread).containsOnly(events.get(0).thread());
        });
        // One transaction a batch and segment, each storing the segment's token past its batch, to the last event.
        int batches = (EVENTS + BATCH - 1) / BATCH;
        assertThat(commits).hasValue(2 * batches);
        assertThat(rollbacks).hasValue(0);
        for (Segment segment : segments) {
            List<TrackingToken> tokens = stored.get(segment.getSegmentId());
            assertThat(tokens).hasSize(batches);
            assertThat(tokens).extracting(token -> token.position().orElseThrow())
                    .containsExactly(positionsAfterEachBatch());
            assertThat(tokens).allMatch(ReplayToken.class::isInstance);
        }
    }

    @Test
    void aSegmentAnotherNodeTookStopsTheCatchUpWithItsTokenWhereItWas() {
        AtomicInteger writes = new AtomicInteger();
        ReplayCatchUp.TokenWriter takenAfterFirstBatch = (segment, token) ->
                segment == 0 ? storeToken(segment, token) : writes.incrementAndGet() == 1 && storeToken(segment, token);

        assertThatThrownBy(() -> catchUp(takenAfterFirstBatch).join()).isInstanceOf(CompletionException.class)
                .hasMessageContaining("Segment 1 of claims was claimed by another node");
        assertThat(rollbacks).hasValue(1);
        assertThat(stored.get(1)).extracting(token -> token.position().orElseThrow())
                .containsExactly((long) BATCH - 1);
    }

    private CompletableFuture<Void> catchUp(ReplayCatchUp.TokenWriter tokens) {
        TrackingToken head = eventStore.createHeadToken();
        List<ReplayCatchUp.SegmentToken> reset = new ArrayList<>();
        for (Segment segment : segments) {
            reset.add(new ReplayCatchUp.SegmentToken(segment, ReplayToken.createReplayToken(head, null)));
        }
        SimpleEventHandlerInvoker handlers = SimpleEventHandlerInvoker.builder().eventHandlers(new Recorder()).build();
        return new ReplayCatchUp("claims", handlers, eventStore, new TransactionTemplate(new CountingTransactions()),
                tokens, reset, BATCH).start(new SimpleAsyncTaskExecutor())
                .orTimeout(Duration.ofSeconds(30).toSeconds(), TimeUnit.SECONDS);
    }

    private boolean storeToken(int segment, TrackingToken token) {
        stored.computeIfAbsent(segment, s -> Collections.synchronizedList(new ArrayList<>())).add(token);
        return true;
    }

    private static Long[] positionsAfterEachBatch() {
        List<Long> positions = new ArrayList<>();
        for (int end = BATCH; end < EVENTS + BATCH; end += BATCH) {
            positions.add((long) Math.min(end, EVENTS) - 1);
        }
        return positions.toArray(Long[]::new);
    }

    private class Recorder {
        @EventHandler
        void on(String event, DomainEventMessage<?> message) {
            handled.add(new Handled(Thread.currentThread().getName(), message.getAggregateIdentifier(),
                    message.getSequenceNumber()));
        }
    }

    /** Transactions that only count how they end. */
    private class CountingTransactions extends AbstractPlatformTransactionManager {
        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
            commits.incrementAndGet();
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
            rollbacks.incrementAndGet();
        }
    }
}
