package org.claimtrail.platform.processor;

import org.axonframework.common.DateTimeUtils;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.AbstractTokenEntry;
import org.axonframework.eventhandling.tokenstore.GenericTokenEntry;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The streaming processors of the whole cluster, as the token store in PostgreSQL has them: every node's segments,
 * not only this node's. Also resets a processor for the whole cluster from any node that runs it, without stopping
 * another node: in one transaction it runs the reset handlers and rewrites every segment's token as a replay from
 * the start, claimed by this node. The nodes that held segments fail their next token update (the owner changed)
 * and drop them; this node replays them all ({@link ReplayCatchUp}) with its processor stopped, and starts the
 * processor where the replay ends. The other nodes take their share back as the token claims move (a node that dies
 * hands its segments on after the token claim timeout). A reset that fails rolls back whole, and this node's
 * processor is started again whatever happens.
 */
public class ClusterProcessors implements ApplicationListener<ContextClosedEvent> {

    private static final Logger log = LoggerFactory.getLogger(ClusterProcessors.class);

    /** A segment's row in the token store. */
    private record TokenRow(int segment, TrackingToken token, String owner) {
    }

    /**
     * How many stored events past a position are read to tell each segment's own backlog; beyond that a segment's
     * lag is estimated as its even share of the rest.
     */
    private static final int BACKLOG_SCAN = 4_000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final EventStore eventStore;
    private final Serializer tokenSerializer;
    private final TokenSchema schema;
    private final String nodeId;
    private final EventProcessingConfiguration local;
    /** The replays running on this node, by processor. */
    private final Map<String, ReplayCatchUp> catchingUp = new ConcurrentHashMap<>();
    private final SimpleAsyncTaskExecutor catchUpThreads = new SimpleAsyncTaskExecutor("claimtrail-replay-");
    private volatile boolean closed;

    public ClusterProcessors(JdbcTemplate jdbc, TransactionTemplate transactions, EventStore eventStore,
                             Serializer tokenSerializer, TokenSchema schema, String nodeId,
                             EventProcessingConfiguration local) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.eventStore = eventStore;
        this.tokenSerializer = tokenSerializer;
        this.schema = schema;
        this.nodeId = nodeId;
        this.local = local;
        catchUpThreads.setDaemon(true);
    }

    /** The processors that have tokens, whichever nodes run them. */
    public List<String> names() {
        return jdbc.queryForList("SELECT DISTINCT " + schema.processorNameColumn() + " FROM " + schema.tokenTable()
                + " ORDER BY 1", String.class);
    }

    /** How many segments the processor is split into, whoever holds them. */
    public int segmentCount(String processor) {
        Integer count = jdbc.queryForObject("SELECT count(*) FROM " + schema.tokenTable() + " WHERE "
                + schema.processorNameColumn() + " = ?", Integer.class, processor);
        return count == null ? 0 : count;
    }

    /**
     * The processor over the cluster. A segment's position is the one stored in the token store, or the live one for
     * a segment this node holds: a segment stores its position only with a batch of its own events or every few
     * seconds, so the stored one of a segment that has none of the latest events lags behind. Its {@code lag} counts
     * the stored events past its position that are its own (by the aggregate identifier, as Axon's sequencing per
     * aggregate assigns them), and the processor's {@code position} is the global index up to which every event has
     * been handled by its segment.
     */
    public ProcessorStatus status(String processor) {
        long head = position(eventStore.createHeadToken());
        List<TokenRow> rows = tokens(processor, false).stream().map(row -> live(processor, row)).toList();
        long[] backlog = backlog(rows, head);
        List<SegmentStatus> segments = new ArrayList<>();
        long position = rows.isEmpty() ? -1 : head;
        for (int i = 0; i < rows.size(); i++) {
            TokenRow row = rows.get(i);
            long at = position(row.token());
            // Axon keeps a segment in replay until it handles an event newer than the reset; one with none of its
            // own events left to handle is done replaying.
            boolean replaying = row.token() instanceof ReplayToken && backlog[i] > 0;
            segments.add(new SegmentStatus(row.segment(), row.owner(), at, backlog[i], replaying));
            if (backlog[i] > 0) {
                position = Math.min(position, at);
            }
        }
        long lag = segments.stream().mapToLong(SegmentStatus::lag).sum();
        boolean replaying = segments.stream().anyMatch(SegmentStatus::replaying);
        double progress = head <= 0 ? 1.0 : Math.min(1.0, Math.max(0, position) / (double) head);
        return new ProcessorStatus(processor, head, position, lag, replaying, progress, segments);
    }

    /** The row with this node's live position of the segment, when this node holds it and is further. */
    private TokenRow live(String processor, TokenRow stored) {
        return local.eventProcessor(processor, StreamingEventProcessor.class)
                .map(p -> p.processingStatus().get(stored.segment()))
                .filter(status -> status.getTrackingToken() != null
                        && position(status.getTrackingToken()) > position(stored.token()))
                .map(status -> new TokenRow(stored.segment(), status.getTrackingToken(), stored.owner()))
                .orElse(stored);
    }

    /** For each row, how many stored events past its position belong to its segment. */
    private long[] backlog(List<TokenRow> rows, long head) {
        long[] backlog = new long[rows.size()];
        long from = rows.stream().mapToLong(row -> position(row.token())).min().orElse(head);
        if (from >= head) {
            return backlog;
        }
        Segment[] segments = Segment.computeSegments(rows.stream().mapToInt(TokenRow::segment).toArray());
        long[] scanned = {from};
        jdbc.query("SELECT globalindex, aggregateidentifier FROM domainevententry WHERE globalindex > ?"
                + " ORDER BY globalindex LIMIT " + BACKLOG_SCAN, result -> {
            long index = result.getLong(1);
            String aggregate = result.getString(2);
            scanned[0] = index;
            for (int i = 0; i < rows.size(); i++) {
                if (index > position(rows.get(i).token()) && segment(segments, rows.get(i).segment()).matches(aggregate)) {
                    backlog[i]++;
                }
            }
        }, from);
        for (int i = 0; i < rows.size(); i++) {
            if (scanned[0] < head) {
                // Not read to the end: what lies beyond is taken as spread evenly over the segments, as hashing does.
                long beyond = head - Math.max(scanned[0], position(rows.get(i).token()));
                backlog[i] += (beyond + rows.size() - 1) / rows.size();
            }
        }
        return backlog;
    }

    private static Segment segment(Segment[] segments, int id) {
        for (Segment segment : segments) {
            if (segment.getSegmentId() == id) {
                return segment;
            }
        }
        throw new IllegalStateException("No segment " + id);
    }

    /**
     * Resets {@code processor} on every node: {@code resetHandlers} (which empty its read tables, if it has any)
     * and the tokens change in one transaction, while {@code local}, this node's instance of it, is stopped. The
     * replay then runs as a {@link ReplayCatchUp} on this node, and {@code local} starts again where it ends.
     */
    public ProcessorStatus reset(StreamingEventProcessor local, Runnable resetHandlers) {
        String processor = local.getName();
        Optional.ofNullable(catchingUp.remove(processor)).ifPresent(ReplayCatchUp::stopAndWait);
        local.shutdownAsync().join();
        List<ReplayCatchUp.SegmentToken> replays;
        try {
            replays = transactions.execute(tx -> {
                // The handlers first: their tables' row locks are taken before the tokens', in the order a batch of
                // another node takes them, so the two never wait on each other in a circle.
                resetHandlers.run();
                List<TokenRow> rows = tokens(processor, true);
                Segment[] segments = Segment.computeSegments(rows.stream().mapToInt(TokenRow::segment).toArray());
                List<ReplayCatchUp.SegmentToken> reset = new ArrayList<>();
                for (TokenRow row : rows) {
                    TrackingToken replay = row.token() == null ? null
                            : ReplayToken.createReplayToken(row.token(), null);
                    write(processor, row.segment(), replay, false);
                    reset.add(new ReplayCatchUp.SegmentToken(segment(segments, row.segment()), replay));
                }
                return reset;
            });
        } catch (RuntimeException e) {
            local.start();
            throw e;
        }
        ReplayCatchUp catchUp = new ReplayCatchUp(processor, ((AbstractEventProcessor) local).eventHandlerInvoker(),
                eventStore, transactions, (segment, token) -> write(processor, segment, token, true), replays,
                ReplayCatchUp.BATCH);
        catchingUp.put(processor, catchUp);
        catchUp.start(catchUpThreads).whenComplete((done, failure) -> {
            if (failure != null) {
                log.warn("The replay of {} stopped; its processor goes on from where it got", processor, failure);
            }
            if (catchingUp.remove(processor, catchUp) && !closed) {
                local.start();
            }
        });
        return status(processor);
    }

    /**
     * Stores a segment's token as claimed by this node, now; with {@code ifOwned}, only while this node still
     * claims it. Whether the segment's row was written.
     */
    private boolean write(String processor, int segment, TrackingToken token, boolean ifOwned) {
        AbstractTokenEntry<byte[]> entry = new GenericTokenEntry<>(token, tokenSerializer, byte[].class, processor,
                segment);
        return jdbc.update("UPDATE " + schema.tokenTable() + " SET " + schema.tokenColumn() + " = ?, "
                        + schema.tokenTypeColumn() + " = ?, " + schema.ownerColumn() + " = ?, "
                        + schema.timestampColumn() + " = ? WHERE " + schema.processorNameColumn() + " = ? AND "
                        + schema.segmentColumn() + " = ? AND (? OR " + schema.ownerColumn() + " = ?)",
                entry.getSerializedToken() == null ? null : entry.getSerializedToken().getData(),
                entry.getTokenType() == null ? null : entry.getTokenType().getName(),
                nodeId, DateTimeUtils.formatInstant(Instant.now()), processor, segment, !ifOwned, nodeId) == 1;
    }

    /** Whether this node replays {@code processor} after a reset, with its processor stopped meanwhile. */
    public boolean replaying(String processor) {
        return catchingUp.containsKey(processor);
    }

    /**
     * Stops the replays running here, leaving their processors stopped: the application is closing. On the close's
     * first event, before Axon stops the processors, so that a replay ending meanwhile starts none again.
     */
    @Override
    public void onApplicationEvent(ContextClosedEvent closing) {
        closed = true;
        catchingUp.values().forEach(ReplayCatchUp::stopAndWait);
    }

    private List<TokenRow> tokens(String processor, boolean forUpdate) {
        return jdbc.query("SELECT " + schema.segmentColumn() + ", " + schema.tokenColumn() + ", "
                        + schema.tokenTypeColumn() + ", " + schema.ownerColumn() + " FROM " + schema.tokenTable()
                        + " WHERE " + schema.processorNameColumn() + " = ? ORDER BY " + schema.segmentColumn()
                        + (forUpdate ? " FOR UPDATE" : ""),
                (result, i) -> new TokenRow(result.getInt(1),
                        new GenericTokenEntry<>(result.getBytes(2), result.getString(3), null, null, processor,
                                result.getInt(1), byte[].class).getToken(tokenSerializer),
                        result.getString(4)),
                processor);
    }

    /** -1 before the first event, as a null token (the start of the stream) stands. */
    private static long position(TrackingToken token) {
        return token == null ? -1 : token.position().orElse(-1);
    }
}
