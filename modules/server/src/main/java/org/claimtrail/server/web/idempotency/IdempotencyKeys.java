package org.claimtrail.server.web.idempotency;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.jspecify.annotations.Nullable;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.Arrays;

/**
 * The {@code idempotency_key} table. A key is reserved by an INSERT before its request runs, so of two first
 * requests with one key only one runs, on any node; times are the database's, so nodes' clocks do not matter.
 */
@Component
class IdempotencyKeys {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyKeys.class);

    /** What a reservation found. */
    enum Outcome {
        /** The key is this request's now: run it. */
        RESERVED,
        /** The first request's answer is kept. */
        ANSWERED,
        /** The key was used with another request. */
        MISMATCH,
        /** The first request with the key is still being answered. */
        IN_FLIGHT
    }

    /** The outcome of a reservation, with the first answer when there is one. */
    record Reservation(Outcome outcome, @Nullable StoredResponse answer) {
    }

    private final JdbcClient jdbc;
    private final IdempotencyProperties properties;

    IdempotencyKeys(JdbcClient jdbc, IdempotencyProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    Reservation reserve(String username, String key, byte[] requestHash) {
        // Takes over an expired key, or one whose request was abandoned by a node that died while answering it.
        int reserved = jdbc.sql("""
                        INSERT INTO idempotency_key (username, idempotency_key, request_hash, reserved_at)
                        VALUES (:username, :key, :hash, now())
                        ON CONFLICT (username, idempotency_key) DO UPDATE
                            SET request_hash = excluded.request_hash, reserved_at = excluded.reserved_at,
                                status = NULL, content_type = NULL, etag = NULL, location = NULL, body = NULL
                            WHERE idempotency_key.reserved_at < now() - make_interval(secs => :retention)
                               OR (idempotency_key.status IS NULL
                                   AND idempotency_key.reserved_at < now() - make_interval(secs => :lease))""")
                .param("username", username)
                .param("key", key)
                .param("hash", requestHash)
                .param("retention", properties.retention().toSeconds())
                .param("lease", properties.inFlightLease().toSeconds())
                .update();
        if (reserved == 1) {
            return new Reservation(Outcome.RESERVED, null);
        }
        return jdbc.sql("""
                        SELECT request_hash, status, content_type, etag, location, body FROM idempotency_key
                        WHERE username = :username AND idempotency_key = :key""")
                .param("username", username)
                .param("key", key)
                .query((rs, row) -> {
                    if (!Arrays.equals(rs.getBytes(1), requestHash)) {
                        return new Reservation(Outcome.MISMATCH, null);
                    }
                    int status = rs.getInt(2);
                    return rs.wasNull() ? new Reservation(Outcome.IN_FLIGHT, null) : new Reservation(Outcome.ANSWERED,
                            new StoredResponse(status, rs.getString(3), rs.getString(4), rs.getString(5),
                                    rs.getBytes(6)));
                })
                .optional()
                // Purged between the two statements: the key is free again.
                .orElseGet(() -> reserve(username, key, requestHash));
    }

    void complete(String username, String key, StoredResponse response) {
        jdbc.sql("""
                        UPDATE idempotency_key
                        SET status = :status, content_type = :contentType, etag = :etag, location = :location,
                            body = :body
                        WHERE username = :username AND idempotency_key = :key""")
                .param("status", response.status())
                .param("contentType", response.contentType())
                .param("etag", response.etag())
                .param("location", response.location())
                .param("body", response.body())
                .param("username", username)
                .param("key", key)
                .update();
    }

    /** Frees a key whose request failed without an answer worth repeating, so that a retry runs it again. */
    void release(String username, String key) {
        jdbc.sql("DELETE FROM idempotency_key WHERE username = :username AND idempotency_key = :key AND status IS NULL")
                .param("username", username)
                .param("key", key)
                .update();
    }

    @Scheduled(fixedDelayString = "${claimtrail.idempotency.purge-interval:PT10M}",
            initialDelayString = "${claimtrail.idempotency.purge-interval:PT10M}")
    void purgeExpired() {
        try {
            int purged = jdbc.sql("DELETE FROM idempotency_key WHERE reserved_at < now() - make_interval(secs => :retention)")
                    .param("retention", properties.retention().toSeconds())
                    .update();
            log.debug("Purged {} expired idempotency keys", purged);
        } catch (DataAccessException e) {
            log.warn("Could not purge expired idempotency keys; the next run tries again: {}", e.getMessage());
        }
    }
}
