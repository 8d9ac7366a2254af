package org.claimtrail.extraction.article;

import org.claimtrail.api.claim.ClaimId;
import org.claimtrail.api.claim.Quantity;
import org.claimtrail.api.proposition.ClaimRegistered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;

/**
 * The claims on record that state a quantity in a given normalised unit, with their proposition.
 *
 * <p>Read from the event store's {@link ClaimRegistered} events, which every command node sees: the read tables
 * belong to the projection role and need not exist on a node that runs extraction, and a table of this module's
 * own would be one more projection to keep in step. The events carry the unit already normalised by the same
 * normaliser. A claim without a proposition is never registered, which suits this use: duplicates and conflicts
 * are judged within a proposition. The look-up reads every registration (a scan of the proposition streams); at
 * the scale of a newsroom's claims that is milliseconds, and it answers from the authority with no lag.
 */
@Component
class ClaimsOnRecord {

    private static final String TYPE = ClaimRegistered.class.getName();

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ClaimsOnRecord(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A claim registered with a proposition: its quantity and its unit as normalised for comparison. */
    record Registered(String proposition, ClaimId claimId, Quantity quantity, String unit) {
    }

    List<Registered> inUnits(Collection<String> normalisedUnits) {
        if (normalisedUnits.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT payload FROM domainevententry
                        WHERE payloadtype = :type
                          AND convert_from(payload, 'UTF8')::jsonb ->> 'unit' IN (:units)
                        ORDER BY globalindex""")
                .param("type", TYPE)
                .param("units", normalisedUnits)
                .query((row, n) -> json.readValue(new String(row.getBytes(1), StandardCharsets.UTF_8),
                        ClaimRegistered.class))
                .list().stream()
                .map(r -> new Registered(r.key().value(), r.claimId(), r.quantity(), r.unit()))
                .toList();
    }
}
