package org.claimtrail.projection.audit;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.claimtrail.api.claim.ClaimEvent;
import org.claimtrail.projection.BatchWrites;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import static org.claimtrail.api.EventMetadata.ACTOR;
import static org.claimtrail.api.EventMetadata.REQUEST_ID;
import static org.claimtrail.api.EventMetadata.text;

/** Keeps {@code audit_entry}: one row per claim event, for searches across claims. */
@Component
@ProcessingGroup("claims")
class AuditProjection {

    /** The rows of a batch of events. */
    private static final String PENDING = AuditProjection.class.getName() + ".pending";

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final JsonMapper json;

    AuditProjection(JdbcClient jdbc, JdbcTemplate batches, JsonMapper json) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.json = json;
    }

    @EventHandler
    void on(ClaimEvent event, DomainEventMessage<?> message, UnitOfWork<?> unitOfWork) {
        List<Object[]> batch = BatchWrites.of(unitOfWork, PENDING, ArrayList::new, this::insertAll);
        batch.add(new Object[]{message.getIdentifier(), event.claimId().value(), message.getSequenceNumber(),
                event.getClass().getSimpleName(), text(message, ACTOR), text(message, REQUEST_ID),
                Timestamp.from(message.getTimestamp()), json.writeValueAsString(event)});
    }

    private void insertAll(List<Object[]> rows) {
        if (!rows.isEmpty()) {
            batches.batchUpdate("""
                    INSERT INTO audit_entry (event_id, claim_id, sequence, type, actor, correlation_id, occurred_at, payload)
                    VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb))
                    ON CONFLICT (event_id) DO NOTHING
                    """, rows);
        }
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM audit_entry").update();
    }
}
