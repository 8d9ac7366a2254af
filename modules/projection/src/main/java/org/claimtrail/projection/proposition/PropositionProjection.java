package org.claimtrail.projection.proposition;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.claimtrail.api.claim.ClaimId;
import org.claimtrail.api.claim.ClaimView;
import org.claimtrail.api.claim.ClaimView.DisagreeingSides;
import org.claimtrail.api.claim.Qualifier;
import org.claimtrail.api.claim.Quantity;
import org.claimtrail.api.proposition.ClaimRegistered;
import org.claimtrail.api.proposition.PropositionKey;
import org.claimtrail.api.proposition.PropositionSide;
import org.claimtrail.api.proposition.SideClaimDenied;
import org.claimtrail.api.proposition.SideClaimRestored;
import org.claimtrail.api.quantity.ConflictRule;
import org.claimtrail.api.quantity.QuantityText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Keeps {@code proposition_claim}, each claim's proposition, its unit as normalised for comparison, its side and
 * whether the proposition knows it denied, and {@code proposition_side}, each side as its first claim stated it; and
 * reads them: the tables' one door. Whether a side stands, and so which sides a claim is in conflict with, is read
 * from them rather than kept on each claim (docs/architecture.md, rule 9).
 */
@Component
@ProcessingGroup("claims")
public class PropositionProjection {

    /** How many of the sides a claim disagrees with its answer lists; the total is given beside them. */
    static final int SIDES_SHOWN = 100;

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
        if (event.side() != null) {
            Quantity quantity = event.quantity();
            jdbc.sql("""
                            INSERT INTO proposition_side (proposition, number, lower_bound, upper_bound, stated_unit,
                                                          qualifier, unit)
                            VALUES (?, ?, ?, ?, ?, ?, ?)
                            ON CONFLICT (proposition, number) DO NOTHING
                            """)
                    .params(event.key().value(), event.side(), quantity.lower(), quantity.upper(), quantity.unit(),
                            quantity.qualifier().name(), event.unit())
                    .update();
        }
    }

    @EventHandler
    void on(SideClaimDenied event) {
        denied(event.key(), event.claimId(), true);
    }

    @EventHandler
    void on(SideClaimRestored event) {
        denied(event.key(), event.claimId(), false);
    }

    private void denied(PropositionKey key, ClaimId claim, boolean denied) {
        jdbc.sql("UPDATE proposition_claim SET denied = ? WHERE proposition = ? AND claim_id = ?")
                .params(denied, key.value(), claim.value())
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

    /** The sides of {@code key} by number, each with whether it stands and how many claims it has. */
    List<SideRow> sides(PropositionKey key) {
        return jdbc.sql("""
                        SELECT s.number, s.lower_bound, s.upper_bound, s.stated_unit, s.qualifier, s.unit,
                               count(*) FILTER (WHERE NOT c.denied) > 0, count(c.claim_id)
                        FROM proposition_side s
                        LEFT JOIN proposition_claim c ON c.proposition = s.proposition AND c.side = s.number
                        WHERE s.proposition = ? GROUP BY s.proposition, s.number ORDER BY s.number
                        """)
                .param(key.value())
                .query((rs, row) -> new SideRow(rs.getInt(1),
                        new Quantity(rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getString(4),
                                Qualifier.valueOf(rs.getString(5))),
                        rs.getString(6), rs.getBoolean(7), rs.getLong(8)))
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

    /**
     * The claim as the API answers it: its conflict with the sides of its proposition, if it has one, lists the
     * standing sides that disagree with its own, the first {@link #SIDES_SHOWN} by number, and how many they are.
     */
    public ClaimView withDisagreeingSides(ClaimView claim) {
        if (claim.proposition() == null || claim.conflicts().stream().noneMatch(c -> c.isWith(null, null))) {
            return claim;
        }
        PropositionKey key = PropositionKey.of(claim.proposition());
        Integer number = jdbc.sql("SELECT side FROM proposition_claim WHERE proposition = ? AND claim_id = ?")
                .params(key.value(), claim.id().value())
                .query((rs, row) -> rs.getObject(1, Integer.class))
                .optional().orElse(null);
        List<SideRow> sides = number == null ? List.of() : sides(key);
        SideRow own = sides.stream().filter(s -> s.number() == number).findFirst().orElse(null);
        List<SideRow> disagreeing = own == null ? List.of()
                : sides.stream().filter(s -> s.stands() && own.disagreesWith(s)).toList();
        return claim.withDisagreeingSides(new DisagreeingSides(disagreeing.size(), disagreeing.stream()
                .limit(SIDES_SHOWN).map(s -> s.ref(key)).toList()));
    }

    /** A claim's unit as normalised for comparison and the number of its side; null when it states no number. */
    record Registration(String unit, Integer side) {
    }

    /** A normalised unit and how many of the proposition's claims state a number in it. */
    public record UnitEntry(String unit, long claims) {
    }

    /**
     * A side as its first claim stated it, in the unit as normalised for comparison, whether it stands, and how many
     * claims it has.
     */
    record SideRow(int number, Quantity quantity, String unit, boolean stands, long claims) {

        boolean disagreesWith(SideRow other) {
            return other.number != number && ConflictRule.cannotBothBeTrue(quantity, unit, other.quantity, other.unit);
        }

        PropositionSide ref(PropositionKey key) {
            return new PropositionSide(key.value(), number, QuantityText.describe(quantity));
        }
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE proposition_claim, proposition_side").update();
    }
}
