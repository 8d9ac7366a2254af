package org.claimtrail.platform.processor;

import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.AbstractTokenEntry;
import org.axonframework.eventhandling.tokenstore.GenericTokenEntry;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.List;

/**
 * The streaming processors of the whole cluster, as the token store in PostgreSQL has them: every node's segments,
 * not only this node's. Also resets a processor for the whole cluster from any node that runs it, without stopping
 * another node: in one transaction it runs the reset handlers and rewrites every segment's token as a replay from
 * the start, claimed by this node. The nodes that held segments fail their next token update (the owner changed)
 * and drop them; this node's processor, stopped around the transaction, picks them all up and replays. The other
 * nodes take their share back as the token claims move (a node that dies hands its segments on after the token
 * claim timeout). A reset that fails rolls back whole, and this node's processor is started again whatever happens.
 */
public class ClusterProcessors {

    /** A segment's row in the token store. */
    private record TokenRow(int segment, TrackingToken token, String owner) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final EventStore eventStore;
    private final Serializer tokenSerializer;
    private final TokenSchema schema;
    private final String nodeId;

    public ClusterProcessors(JdbcTemplate jdbc, TransactionTemplate transactions, EventStore eventStore,
                             Serializer tokenSerializer, TokenSchema schema, String nodeId) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.eventStore = eventStore;
        this.tokenSerializer = tokenSerializer;
        this.schema = schema;
        this.nodeId = nodeId;
    }

    /** The processors that have tokens, whichever nodes run them. */
    public List<String> names() {
        return jdbc.queryForList("SELECT DISTINCT " + schema.processorNameColumn() + " FROM " + schema.tokenTable()
                + " ORDER BY 1", String.class);
    }

    public ProcessorStatus status(String processor) {
        long head = position(eventStore.createHeadToken());
        List<SegmentStatus> segments = tokens(processor, false).stream()
                .map(row -> segment(row, head))
                .toList();
        // No token yet: the processor has not started, and every stored event is still to be handled.
        long position = segments.stream().mapToLong(SegmentStatus::position).min().orElse(-1);
        boolean replaying = segments.stream().anyMatch(SegmentStatus::replaying);
        double progress = head <= 0 ? 1.0 : Math.min(1.0, Math.max(0, position) / (double) head);
        return new ProcessorStatus(processor, head, position, Math.max(0, head - position), replaying, progress,
                segments);
    }

    /**
     * Resets {@code processor} on every node: {@code resetHandlers} (which empty its read tables, if it has any)
     * and the tokens change in one transaction, while {@code local}, this node's instance of it, is stopped.
     */
    public ProcessorStatus reset(StreamingEventProcessor local, Runnable resetHandlers) {
        String processor = local.getName();
        local.shutdownAsync().join();
        try {
            transactions.executeWithoutResult(tx -> {
                // The handlers first: their tables' row locks are taken before the tokens', in the order a batch of
                // another node takes them, so the two never wait on each other in a circle.
                resetHandlers.run();
                String claimedAt = DateTimeUtils.formatInstant(Instant.now());
                for (TokenRow row : tokens(processor, true)) {
                    TrackingToken replay = row.token() == null ? null
                            : ReplayToken.createReplayToken(row.token(), null);
                    AbstractTokenEntry<byte[]> entry = new GenericTokenEntry<>(replay, tokenSerializer, byte[].class,
                            processor, row.segment());
                    jdbc.update("UPDATE " + schema.tokenTable() + " SET " + schema.tokenColumn() + " = ?, "
                                    + schema.tokenTypeColumn() + " = ?, " + schema.ownerColumn() + " = ?, "
                                    + schema.timestampColumn() + " = ? WHERE " + schema.processorNameColumn()
                                    + " = ? AND " + schema.segmentColumn() + " = ?",
                            entry.getSerializedToken() == null ? null : entry.getSerializedToken().getData(),
                            entry.getTokenType() == null ? null : entry.getTokenType().getName(),
                            nodeId, claimedAt, processor, row.segment());
                }
            });
        } finally {
            local.start();
        }
        return status(processor);
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

    private static SegmentStatus segment(TokenRow row, long head) {
        long position = position(row.token());
        // Axon keeps a segment in replay until it handles an event newer than the reset; with no new event it stays
        // so although it has replayed everything. A segment that reached the reset position is done replaying.
        boolean replaying = row.token() instanceof ReplayToken replay
                && position < position(replay.getTokenAtReset());
        return new SegmentStatus(row.segment(), row.owner(), position, Math.max(0, head - position), replaying);
    }

    /** -1 before the first event, as a null token (the start of the stream) stands. */
    private static long position(TrackingToken token) {
        return token == null ? -1 : token.position().orElse(-1);
    }
}
