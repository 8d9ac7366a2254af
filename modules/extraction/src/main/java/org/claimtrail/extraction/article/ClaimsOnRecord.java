package org.claimtrail.extraction.article;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.claimtrail.api.claim.ClaimId;
import org.claimtrail.api.claim.Qualifier;
import org.claimtrail.api.claim.Quantity;
import org.claimtrail.api.proposition.ClaimRegistered;
import org.claimtrail.platform.processor.ProcessorHeadWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Keeps {@code claim_on_record}, each claim registered with a proposition and the quantity it states, and reads it by
 * normalised unit: the table's one door. The table is this module's own, kept on the command nodes that run
 * extraction (the read tables belong to the projection role) from the {@link ClaimRegistered} events, whose unit is
 * already normalised by the same normaliser. A claim without a proposition is never registered, which suits this use:
 * duplicates and conflicts are judged within a proposition.
 */
@Component
@ProcessingGroup(ClaimsOnRecord.PROCESSING_GROUP)
class ClaimsOnRecord {

    static final String PROCESSING_GROUP = "claims-on-record";

    /**
     * How long a look-up waits for the processor to handle every registration stored before it. The registrations
     * are suggestions to the person who accepts a candidate (the proposition judges conflicts itself), so past that
     * the table answers as it stands.
     */
    private static final Duration CATCH_UP = Duration.ofSeconds(2);

    private static final Logger log = LoggerFactory.getLogger(ClaimsOnRecord.class);

    private final JdbcClient jdbc;
    private final ProcessorHeadWait headWait;

    ClaimsOnRecord(JdbcClient jdbc, ProcessorHeadWait headWait) {
        this.jdbc = jdbc;
        this.headWait = headWait;
    }

    /** A claim registered with a proposition: its quantity and its unit as normalised for comparison. */
    record Registered(String proposition, ClaimId claimId, Quantity quantity, String unit) {
    }

    @EventHandler
    void on(ClaimRegistered event, TrackingToken token) {
        Quantity quantity = event.quantity();
        jdbc.sql("""
                        INSERT INTO claim_on_record (proposition, claim_id, lower_bound, upper_bound, stated_unit,
                                                     qualifier, unit, position)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (proposition, claim_id) DO NOTHING
                        """)
                .params(event.key().value(), event.claimId().value(),
                        quantity == null ? null : quantity.lower(), quantity == null ? null : quantity.upper(),
                        quantity == null ? null : quantity.unit(),
                        quantity == null ? null : quantity.qualifier().name(), event.unit(),
                        token.position().orElseThrow())
                .update();
    }

    /** The registered claims whose unit is one of {@code normalisedUnits}, in the order they were registered. */
    List<Registered> inUnits(Collection<String> normalisedUnits) {
        if (normalisedUnits.isEmpty()) {
            return List.of();
        }
        if (!headWait.await(PROCESSING_GROUP, CATCH_UP)) {
            log.warn("{} has not handled every stored event within {}; duplicates and conflicts are those it has",
                    PROCESSING_GROUP, CATCH_UP);
        }
        return jdbc.sql("""
                        SELECT proposition, claim_id, lower_bound, upper_bound, stated_unit, qualifier, unit
                        FROM claim_on_record WHERE unit IN (:units) ORDER BY position""")
                .param("units", normalisedUnits)
                .query((row, n) -> new Registered(row.getString(1), new ClaimId(row.getObject(2, UUID.class)),
                        new Quantity(row.getBigDecimal(3), row.getBigDecimal(4), row.getString(5),
                                Qualifier.valueOf(row.getString(6))),
                        row.getString(7)))
                .list();
    }
}
