package org.claimtrail.projection.proposition;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.claimtrail.api.proposition.ClaimRegistered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Keeps {@code proposition_claim}: each claim's proposition and its unit as normalised for comparison. */
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

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM proposition_claim").update();
    }
}
