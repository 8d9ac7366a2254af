package org.claimtrail.projection.audit;

import org.claimtrail.api.InvalidFieldException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.claimtrail.api.claim.ClaimEvent;
import org.claimtrail.api.claim.ClaimId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** {@code GET /api/v1/audit}: events across claims, newest first, such as everything reviewer2 did this week. */
@RestController
class AuditController {

    /** The event types a filter may name: ClaimProposed, VerdictSubmitted… */
    private static final Set<String> TYPES = Arrays.stream(ClaimEvent.class.getPermittedSubclasses())
            .map(Class::getSimpleName)
            .collect(Collectors.toUnmodifiableSet());

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AuditController(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @GetMapping("/api/v1/audit")
    AuditPage search(@RequestParam(required = false) @Size(max = 255) String actor,
                     @RequestParam(required = false) ClaimId claimId,
                     @RequestParam(required = false) String type,
                     @RequestParam(required = false) Instant from,
                     @RequestParam(required = false) Instant to,
                     @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                     @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        if (type != null && !TYPES.contains(type)) {
            throw new InvalidFieldException("type", "must be one of " + TYPES);
        }
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (actor != null) {
            conditions.add("actor = :actor");
            params.put("actor", actor);
        }
        if (claimId != null) {
            conditions.add("claim_id = :claimId");
            params.put("claimId", claimId.value());
        }
        if (type != null) {
            conditions.add("type = :type");
            params.put("type", type);
        }
        if (from != null) {
            conditions.add("occurred_at >= :from");
            params.put("from", Timestamp.from(from));
        }
        if (to != null) {
            conditions.add("occurred_at < :to");
            params.put("to", Timestamp.from(to));
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
