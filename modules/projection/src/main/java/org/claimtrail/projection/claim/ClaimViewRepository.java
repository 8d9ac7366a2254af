package org.claimtrail.projection.claim;

import com.fasterxml.jackson.annotation.JsonRawValue;
import org.claimtrail.api.claim.ClaimId;
import org.claimtrail.api.claim.ClaimState;
import org.claimtrail.api.claim.ClaimView;
import org.claimtrail.api.quantity.UnitNormalizer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@code claim_view} read table: each claim's view as a JSON document, beside the columns that
 * lists filter and sort on.
 */
@Repository
public class ClaimViewRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final SearchText searchText;

    ClaimViewRepository(JdbcClient jdbc, JsonMapper json, UnitNormalizer units) {
        this.jdbc = jdbc;
        this.json = json;
        this.searchText = new SearchText(units);
    }

    public Optional<ClaimView> find(ClaimId id) {
        return jdbc.sql("SELECT document FROM claim_view WHERE claim_id = ?")
                .param(id.value())
                .query((rs, row) -> json.readValue(rs.getString(1), ClaimView.class))
                .optional();
    }

    /** A page of the claims on a proposition, oldest first, and how many it has in all. */
    public ClaimPage findByProposition(String proposition, int page, int size) {
        long total = jdbc.sql("SELECT count(*) FROM claim_view WHERE proposition = ?").param(proposition)
                .query(Long.class).single();
        List<ClaimView> items = jdbc.sql("""
                        SELECT document FROM claim_view WHERE proposition = ? ORDER BY proposed_at, claim_id
                        LIMIT ? OFFSET ?
                        """)
                .params(proposition, size, (long) page * size)
                .query((rs, row) -> json.readValue(rs.getString(1), ClaimView.class))
                .list();
        return new ClaimPage(items, page, size, total);
    }

    /**
     * Stores each view unless a view of the same or a later version is stored already, and the statement of each claim
     * new to the table for search: statements never change, so they are written, and indexed, once. The views go as one
     * JSON array in one statement, not as a statement each.
     */
    void saveAll(Collection<ClaimView> views) {
        if (views.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        WITH batch AS (SELECT * FROM json_populate_recordset(NULL::claim_view, CAST(? AS json))),
                        searchable AS (
                            INSERT INTO claim_statement (claim_id, statement)
                            SELECT claim_id, document ->> 'statement' FROM batch
                            ON CONFLICT (claim_id) DO NOTHING
                        )
                        INSERT INTO claim_view (claim_id, proposition, state, version, proposed_at, updated_at, document)
                        SELECT claim_id, proposition, state, version, proposed_at, updated_at, document FROM batch
                        ON CONFLICT (claim_id) DO UPDATE SET
                            proposition = EXCLUDED.proposition, state = EXCLUDED.state,
                            version = EXCLUDED.version, updated_at = EXCLUDED.updated_at, document = EXCLUDED.document
                        WHERE claim_view.version < EXCLUDED.version
                        """)
                .param(json.writeValueAsString(views.stream().map(this::row).toList()))
                .update();
    }

    private Row row(ClaimView view) {
        return new Row(view.id().value(), view.proposition(), view.state().name(), view.version(),
                view.proposedAt(), view.updatedAt(), json.writeValueAsString(view));
    }

    /** One row of {@code claim_view}, named as its columns; the document is the view's JSON as it is. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    private record Row(UUID claimId, String proposition, String state, long version,
                       Instant proposedAt, Instant updatedAt, @JsonRawValue String document) {
    }

    void deleteAll() {
        jdbc.sql("TRUNCATE claim_view, claim_statement").update();
    }

    ClaimPage search(ClaimFilter filter, int page, int size) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (!filter.states().isEmpty()) {
            conditions.add("state IN (:states)");
            params.put("states", filter.states().stream().map(ClaimState::name).toList());
        }
        if (filter.proposition() != null) {
            conditions.add("proposition = :proposition");
            params.put("proposition", filter.proposition());
        }
        if (filter.text() != null) {
            // websearch_to_tsquery accepts any text a person types, so no input makes it fail. The stemmer finds
            // "soldier" for "soldiers", the variants find synonyms, and trigram similarity (<%) typos and word parts.
            List<String> queries = new ArrayList<>();
            List<String> variants = searchText.variants(filter.text());
            for (int i = 0; i < variants.size(); i++) {
                queries.add("websearch_to_tsquery('english', :text" + i + ")");
                params.put("text" + i, variants.get(i));
            }
            conditions.add("claim_id IN (SELECT claim_id FROM claim_statement WHERE to_tsvector('english', statement)"
                    + " @@ (" + String.join(" || ", queries) + ") OR :text <% statement)");
            params.put("text", filter.text());
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);

        long total = jdbc.sql("SELECT count(*) FROM claim_view" + where).params(params).query(Long.class).single();
        params.put("limit", size);
        params.put("offset", (long) page * size);
        List<ClaimView> items = jdbc.sql("SELECT document FROM claim_view" + where
                        + (filter.oldestFirst() ? " ORDER BY proposed_at, claim_id" : " ORDER BY proposed_at DESC, claim_id")
                        + " LIMIT :limit OFFSET :offset")
                .params(params)
                .query((rs, row) -> json.readValue(rs.getString(1), ClaimView.class))
                .list();
        return new ClaimPage(items, page, size, total);
    }

    record ClaimFilter(List<ClaimState> states, String proposition, String text, boolean oldestFirst) {
    }
}
