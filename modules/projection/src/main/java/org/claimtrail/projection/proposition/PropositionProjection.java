package org.claimtrail.projection.proposition;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.claimtrail.api.claim.ClaimId;
import org.claimtrail.api.proposition.ClaimRegistered;
import org.claimtrail.api.proposition.PropositionKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Keeps {@code proposition_claim}, each claim's proposition and its unit as normalised for comparison, and reads it:
 * the table's one door.
 */
@Component
@ProcessingGroup("claims")
class PropositionProjection {

    private final JdbcClient jdbc;

    PropositionProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ClaimRegistered event) {
        jdbc.sql("""
                        INSERT INTO proposition_claim (proposition, claim_id, unit) VALUES (?, ?, ?)
                        ON CONFLICT (proposition, claim_id) DO NOTHING
                        """)
                .params(event.key().value(), event.claimId().value(), event.unit())
                .update();
    }

    /** The normalised unit of each claim on {@code key}. */
    Map<ClaimId, String> units(PropositionKey key) {
        Map<ClaimId, String> units = new HashMap<>();
        jdbc.sql("SELECT claim_id, unit FROM proposition_claim WHERE proposition = ?")
                .param(key.value())
                .query(rs -> {
                    units.put(new ClaimId(rs.getObject(1, UUID.class)), rs.getString(2));
                });
        return units;
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM proposition_claim").update();
    }
}
