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
 * Keeps {@code proposition_claim}, each claim's proposition, its unit as normalised for comparison and its side, and reads it:
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
                        INSERT INTO proposition_claim (proposition, claim_id, unit, side) VALUES (?, ?, ?, ?)
                        ON CONFLICT (proposition, claim_id) DO NOTHING
                        """)
                .params(event.key().value(), event.claimId().value(), event.unit(), event.side())
                .update();
    }

    /** Each claim on {@code key} with its normalised unit and side. */
    Map<ClaimId, Registration> registrations(PropositionKey key) {
        Map<ClaimId, Registration> registrations = new HashMap<>();
        jdbc.sql("SELECT claim_id, unit, side FROM proposition_claim WHERE proposition = ?")
                .param(key.value())
                .query(rs -> {
                    registrations.put(new ClaimId(rs.getObject(1, UUID.class)),
                            new Registration(rs.getString(2), rs.getObject(3, Integer.class)));
                });
        return registrations;
    }

    /** A claim's unit as normalised for comparison and the number of its side; null when it states no number. */
    record Registration(String unit, Integer side) {
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE proposition_claim").update();
    }
}
