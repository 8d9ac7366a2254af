package org.claimtrail.platform.processor;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Replays a reset processor's events on this node, in large batches, before its Axon processor takes over at the
 * position this reaches. Axon's pooled processor replays in batches of its own size, and its coordinator stops reading
 * for all segments whenever one segment's buffer is full (AxonFramework issue #3493): a rebuild left the machine a
 * third idle. Here one thread reads the store ahead while each segment's worker handles its events of the batch before
 * and stores its token with them, in one transaction, through the processor's own handlers.
 * <p>
 * The segments' tokens stay claimed by this node, refreshed with every batch, so no other node takes them meanwhile; a
 * node that dies midway leaves them to be claimed after the claim timeout, and another node's processor replays on from
 * the last batch stored. A token another node has taken (a newer reset there) stops the catch-up.
 */
final class ReplayCatchUp {

    /** Events read, and handled by each segment, per transaction, unless told otherwise. */
    static final int BATCH = 2_000;

    private static final Logger log = LoggerFactory.getLogger(ReplayCatchUp.class);

    /** A segment's token as the reset left it, advanced by the catch-up as it goes. */
    record SegmentToken(Segment segment, TrackingToken token) {
    }

    /** Stores a segment's token, claimed by this node; false when another node holds it. */
    interface TokenWriter {
        boolean write(int segment, TrackingToken token);
    }

    private final String processor;
    private final EventHandlerInvoker handlers;
    private final EventStore eventStore;
    private final TransactionTemplate transactions;
    private final TokenWriter tokens;
    private final List<SegmentToken> segments;
    private final int batchSize;
    private volatile boolean stopped;
    private volatile CompletableFuture<Void> done = CompletableFuture.completedFuture(null);

    ReplayCatchUp(String processor, EventHandlerInvoker handlers, EventStore eventStore,
                  TransactionTemplate transactions, TokenWriter tokens, List<SegmentToken> segments, int batchSize) {
        this.processor = processor;
        this.handlers = handlers;
        this.eventStore = eventStore;
        this.transactions = transactions;
        this.tokens = tokens;
        this.segments = segments;
        this.batchSize = batchSize;
    }

    /**
     * Replays on threads of {@code threads} until the store has no more events; the future ends when all have. The
     * reader hands each worker the batches it read, and an empty batch at the end.
     */
    CompletableFuture<Void> start(AsyncTaskExecutor threads) {
        if (segments.isEmpty()) {
            return done;
        }
        List<BlockingQueue<List<TrackedEventMessage<?>>>> queues = new ArrayList<>();
        List<CompletableFuture<?>> tasks = new ArrayList<>();
        for (SegmentToken segment : segments) {
            BlockingQueue<List<TrackedEventMessage<?>>> queue = new ArrayBlockingQueue<>(2);
            queues.add(queue);
            // A worker that fails stops the reader and the other workers, which would wait on its full queue.
            tasks.add(threads.submitCompletable(() -> handleAll(segment, queue)).whenComplete((ended, failure) -> {
                if (failure != null) {
                    stop();
                }
            }));
        }
        tasks.add(threads.submitCompletable(() -> readAll(queues)));
        done = CompletableFuture.allOf(tasks.toArray(CompletableFuture[]::new));
        return done;
    }

    /** Stops after the batches in hand; their tokens are stored as far as they went. */
    void stop() {
        stopped = true;
    }

    /** Stops, and returns once the batches in hand are handled or failed. */
    void stopAndWait() {
        stop();
        done.handle((ended, failure) -> null).join();
    }

    private Void readAll(List<BlockingQueue<List<TrackedEventMessage<?>>>> queues) throws InterruptedException {
        long read = 0;
        boolean ended = false;
        try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(lowest())) {
            while (!ended && !stopped) {
                List<TrackedEventMessage<?>> batch = new ArrayList<>(batchSize);
                while (batch.size() < batchSize && !stopped && stream.hasNextAvailable()) {
                    batch.add(stream.nextAvailable());
                }
                read += batch.size();
                for (BlockingQueue<List<TrackedEventMessage<?>>> queue : queues) {
                    hand(queue, batch);
                }
                ended = batch.isEmpty();
            }
        } finally {
            if (!ended) {
                // Stopped or failed: the workers stop after the batch in hand instead of waiting for the next.
                stopped = true;
                for (BlockingQueue<List<TrackedEventMessage<?>>> queue : queues) {
                    queue.clear();
                    queue.offer(List.of());
                }
            }
            log.info("Replayed {} events of {} in batches of {}", read, processor, batchSize);
        }
        return null;
    }

    /** Waits for room in a worker's queue, unless the catch-up stops meanwhile (a worker failed). */
    private void hand(BlockingQueue<List<TrackedEventMessage<?>>> queue, List<TrackedEventMessage<?>> batch)
            throws InterruptedException {
        boolean handed = false;
        while (!handed && !stopped) {
            handed = queue.offer(batch, 100, TimeUnit.MILLISECONDS);
        }
    }

    private Void handleAll(SegmentToken start, BlockingQueue<List<TrackedEventMessage<?>>> queue)
            throws InterruptedException {
        TrackingToken token = start.token();
        List<TrackedEventMessage<?>> batch;
        while (!(batch = queue.take()).isEmpty()) {
            token = handle(start.segment(), token, batch);
        }
        return null;
    }

    /** Handles the segment's events of a batch and stores its token past the batch, in one transaction. */
    private TrackingToken handle(Segment segment, TrackingToken token, List<TrackedEventMessage<?>> batch) {
        List<TrackedEventMessage<?>> own = batch.stream().filter(event -> handlers.canHandle(event, segment)).toList();
        TrackingToken next = WrappedToken.advance(token, batch.get(batch.size() - 1).trackingToken());
        transactions.executeWithoutResult(transaction -> {
            if (!own.isEmpty()) {
                BatchingUnitOfWork<TrackedEventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(own);
                ResultMessage<?> result = unitOfWork.executeWithResult(() -> {
                    handlers.handle(unitOfWork.getMessage(), segment);
                    return null;
                }, RollbackConfigurationType.ANY_THROWABLE);
                if (result.isExceptional()) {
                    throw new IllegalStateException("Replaying " + processor + " failed", result.exceptionResult());
                }
            }
            if (!tokens.write(segment.getSegmentId(), next)) {
                throw new IllegalStateException("Segment " + segment.getSegmentId() + " of " + processor
                        + " was claimed by another node while this one replayed it");
            }
        });
        return next;
    }

    /** Where the segment furthest behind stands; null, the stream's start, when any stands there. */
    private TrackingToken lowest() {
        TrackingToken lowest = WrappedToken.unwrapLowerBound(segments.get(0).token());
        for (SegmentToken segment : segments) {
            TrackingToken token = WrappedToken.unwrapLowerBound(segment.token());
            lowest = lowest == null || token == null ? null : lowest.lowerBound(token);
        }
        return lowest;
    }
}
