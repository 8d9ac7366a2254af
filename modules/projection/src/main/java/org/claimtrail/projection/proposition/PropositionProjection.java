package org.claimtrail.projection.proposition;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.claimtrail.api.claim.ClaimId;
import org.claimtrail.api.claim.Quantity;
import org.claimtrail.api.proposition.ClaimRegistered;
import org.claimtrail.api.proposition.PropositionKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.claimtrail.projection.proposition.PropositionView.SideEntry;
import org.claimtrail.projection.proposition.PropositionView.UnitEntry;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Keeps {@code proposition_claim}, each claim's proposition, its unit as normalised for comparison and its side, and reads it:
 * the table's one door. Its reads answer one row per claim asked for, per side or per unit, never per pair of claims.
 */
@Component
@ProcessingGroup("claims")
class PropositionProjection {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    PropositionProjection(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
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

    /** Each of {@code claims} that is on {@code key}, with its normalised unit and side. */
    Map<ClaimId, Registration> registrations(PropositionKey key, Collection<ClaimId> claims) {
        Map<ClaimId, Registration> registrations = new HashMap<>();
        if (claims.isEmpty()) {
            return registrations;
        }
        jdbc.sql("SELECT claim_id, unit, side FROM proposition_claim WHERE proposition = :key AND claim_id IN (:ids)")
                .param("key", key.value())
                .param("ids", claims.stream().map(ClaimId::value).toList())
                .query(rs -> {
                    registrations.put(new ClaimId(rs.getObject(1, UUID.class)),
                            new Registration(rs.getString(2), rs.getObject(3, Integer.class)));
                });
        return registrations;
    }

    /** A claim's unit as normalised for comparison and the number of its side; null when it states no number. */
    record Registration(String unit, Integer side) {
    }

    /**
     * Every side of {@code key} in order, with what its first claim states and how many claims it has: one row per
     * side, however many claims, counted by PostgreSQL.
     */
    List<SideEntry> sides(PropositionKey key) {
        return jdbc.sql("""
                        SELECT DISTINCT ON (p.side) p.side, p.unit, count(*) OVER (PARTITION BY p.side),
                               v.document -> 'quantity'
                        FROM proposition_claim p JOIN claim_view v ON v.claim_id = p.claim_id
                        WHERE p.proposition = ? AND p.side IS NOT NULL
                        ORDER BY p.side, v.proposed_at, v.claim_id
                        """)
                .param(key.value())
                .query((rs, row) -> new SideEntry(rs.getInt(1), json.readValue(rs.getString(4), Quantity.class),
                        rs.getString(2), rs.getLong(3)))
                .list();
    }

    /** The normalised units of {@code key}'s claims, each with how many claims state a number in it. */
    List<UnitEntry> units(PropositionKey key) {
        return jdbc.sql("""
                        SELECT unit, count(*) FROM proposition_claim WHERE proposition = ? AND unit IS NOT NULL
                        GROUP BY unit ORDER BY unit
                        """)
                .param(key.value())
                .query((rs, row) -> new UnitEntry(rs.getString(1), rs.getLong(2)))
                .list();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE proposition_claim").update();
    }
}
