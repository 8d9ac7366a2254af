package org.claimtrail.notification.relay;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.GenericTokenEntry;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.util.List;

/**
 * How far the relay is behind the event store: the store's newest global index minus the lowest position any of
 * the relay's segments has reached. The positions are read from the tokens in PostgreSQL rather than from this
 * node's processor, which knows only the segments it holds at the moment: a segment released after a failed send,
 * or held by another node, still counts.
 */
@Component
class RelayProgress {

    record Position(long head, long lowest) {

        long lag() {
            return Math.max(0, head - lowest);
        }
    }

    private final EventStore eventStore;
    private final JdbcTemplate jdbc;
    private final Serializer tokenSerializer;
    private final String selectTokens;

    RelayProgress(EventStore eventStore, DataSource dataSource, TokenStore tokenStore, TokenSchema schema) {
        if (!(tokenStore instanceof JdbcTokenStore jdbcTokens)) {
            throw new IllegalStateException("The Kafka relay's lag is read from Axon's JDBC token store, not "
                    + tokenStore.getClass().getName());
        }
        this.eventStore = eventStore;
        this.jdbc = new JdbcTemplate(dataSource);
        this.tokenSerializer = jdbcTokens.serializer();
        this.selectTokens = "SELECT " + schema.segmentColumn() + ", " + schema.tokenColumn() + ", "
                + schema.tokenTypeColumn() + " FROM " + schema.tokenTable()
                + " WHERE " + schema.processorNameColumn() + " = ?";
    }

    Position position() {
        long head = position(eventStore.createHeadToken());
        List<TrackingToken> tokens = jdbc.query(selectTokens, (row, i) -> new GenericTokenEntry<>(
                        row.getBytes(2), row.getString(3), null, null, ClaimEventRelay.PROCESSING_GROUP,
                        row.getInt(1), byte[].class).getToken(tokenSerializer),
                ClaimEventRelay.PROCESSING_GROUP);
        // No token yet: the relay has not started, and every stored event is still to be sent.
        long lowest = tokens.stream().mapToLong(RelayProgress::position).min().orElse(-1);
        return new Position(head, lowest);
    }

    /** -1 before the first event, as a null token (the start of the stream) stands. */
    private static long position(TrackingToken token) {
        return token == null ? -1 : token.position().orElse(-1);
    }
}
