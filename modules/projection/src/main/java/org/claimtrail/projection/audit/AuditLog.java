package org.claimtrail.projection.audit;

import org.claimtrail.api.claim.ClaimId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Searches {@code audit_entry}, which AuditProjection keeps. */
@Repository
class AuditLog {

    /** What a search narrows to; any field may be null. {@code to} is exclusive. */
    record Filter(String actor, ClaimId claimId, String type, Instant from, Instant to) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AuditLog(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Newest first. */
    AuditPage search(Filter filter, int page, int size) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (filter.actor() != null) {
            conditions.add("actor = :actor");
            params.put("actor", filter.actor());
        }
        if (filter.claimId() != null) {
            conditions.add("claim_id = :claimId");
            params.put("claimId", filter.claimId().value());
        }
        if (filter.type() != null) {
            conditions.add("type = :type");
            params.put("type", filter.type());
        }
        if (filter.from() != null) {
            conditions.add("occurred_at >= :from");
            params.put("from", Timestamp.from(filter.from()));
        }
        if (filter.to() != null) {
            conditions.add("occurred_at < :to");
            params.put("to", Timestamp.from(filter.to()));
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);

        long total = jdbc.sql("SELECT count(*) FROM audit_entry" + where).params(params).query(Long.class).single();
        params.put("limit", size);
        params.put("offset", (long) page * size);
        List<AuditEntry> items = jdbc.sql("""
                        SELECT event_id, claim_id, sequence, type, occurred_at, actor, correlation_id, payload
                        FROM audit_entry""" + where + " ORDER BY occurred_at DESC, claim_id, sequence DESC"
                        + " LIMIT :limit OFFSET :offset")
                .params(params)
                .query((rs, row) -> new AuditEntry(rs.getString(1), new ClaimId(rs.getObject(2, UUID.class)),
                        rs.getLong(3), rs.getString(4), rs.getTimestamp(5).toInstant(), rs.getString(6),
                        rs.getString(7), json.readTree(rs.getString(8))))
                .list();
        return new AuditPage(items, page, size, total);
    }
}
