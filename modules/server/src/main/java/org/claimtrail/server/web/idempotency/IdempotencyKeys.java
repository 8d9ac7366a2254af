package org.claimtrail.server.web.idempotency;

import org.axonframework.serialization.SerializedObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.jspecify.annotations.Nullable;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.Optional;

/**
 * The {@code idempotency_key} table, and {@code idempotency_result}: what the commands of a request returned. A key is
 * reserved by an INSERT before its request runs, so of two first requests with one key only one runs, on any node;
 * times are the database's, so nodes' clocks do not matter.
 */
@Component
class IdempotencyKeys {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyKeys.class);

    /** What a reservation found. */
    enum Outcome {
        /** The key is this request's now: run it. */
        RESERVED,
        /**
         * The key is this request's now, taken over from a first run that died after some of its commands committed:
         * run it again, and those commands answer from their kept results.
         */
        RESUMED,
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

    /** A command's place in a request with a key. */
    record Slot(String username, String key, int position) {
    }

    /** What a command returned, serialized by Axon; a null type is a null result. */
    record KeptResult(@Nullable String type, @Nullable String revision, byte @Nullable [] data) {
    }

    private final JdbcClient jdbc;
    private final IdempotencyProperties properties;

    IdempotencyKeys(JdbcClient jdbc, IdempotencyProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    Reservation reserve(String username, String key, byte[] requestHash) {
        // An expired key is free, and so are the results of its request.
        jdbc.sql("""
                        DELETE FROM idempotency_key WHERE username = :username AND idempotency_key = :key
                        AND reserved_at < now() - make_interval(secs => :retention)""")
                .param("username", username)
                .param("key", key)
                .param("retention", properties.retention().toSeconds())
                .update();
        // Takes over a key whose request was abandoned by a node that died while answering it; whatever that request's
        // commands committed is kept, and answers the new run.
        Optional<Boolean> resumed = jdbc.sql("""
                        INSERT INTO idempotency_key (username, idempotency_key, request_hash, reserved_at)
                        VALUES (:username, :key, :hash, now())
                        ON CONFLICT (username, idempotency_key) DO UPDATE
                            SET reserved_at = excluded.reserved_at
                            WHERE idempotency_key.request_hash = excluded.request_hash
                              AND idempotency_key.status IS NULL
                              AND idempotency_key.reserved_at < now() - make_interval(secs => :lease)
                        RETURNING EXISTS (SELECT 1 FROM idempotency_result r
                                          WHERE r.username = :username AND r.idempotency_key = :key)""")
                .param("username", username)
                .param("key", key)
                .param("hash", requestHash)
                .param("lease", properties.inFlightLease().toSeconds())
                .query(Boolean.class)
                .optional();
        if (resumed.isPresent()) {
            return new Reservation(resumed.get() ? Outcome.RESUMED : Outcome.RESERVED, null);
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

    /**
     * Frees a key whose request failed without an answer worth repeating, so that a retry runs it again; unless one
     * of its commands committed: then the key stays taken until its lease ends, and the retry answers from the result.
     */
    void release(String username, String key) {
        jdbc.sql("""
                        DELETE FROM idempotency_key WHERE username = :username AND idempotency_key = :key
                        AND status IS NULL
                        AND NOT EXISTS (SELECT 1 FROM idempotency_result r
                                        WHERE r.username = :username AND r.idempotency_key = :key)""")
                .param("username", username)
                .param("key", key)
                .update();
    }

    /** The result a command of this request committed before, if any. Runs in the command's transaction. */
    Optional<KeptResult> result(Slot slot) {
        return jdbc.sql("""
                        SELECT result_type, result_revision, result FROM idempotency_result
                        WHERE username = :username AND idempotency_key = :key AND position = :position""")
                .param("username", slot.username())
                .param("key", slot.key())
                .param("position", slot.position())
                .query((rs, row) -> new KeptResult(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .optional();
    }

    /** Keeps a command's result; runs in the command's transaction, so it commits with the command's events. */
    void keepResult(Slot slot, @Nullable SerializedObject<byte[]> result) {
        jdbc.sql("""
                        INSERT INTO idempotency_result
                            (username, idempotency_key, position, result_type, result_revision, result)
                        VALUES (:username, :key, :position, :type, :revision, :result)""")
                .param("username", slot.username())
                .param("key", slot.key())
                .param("position", slot.position())
                .param("type", result == null ? null : result.getType().getName())
                .param("revision", result == null ? null : result.getType().getRevision())
                .param("result", result == null ? null : result.getData())
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
