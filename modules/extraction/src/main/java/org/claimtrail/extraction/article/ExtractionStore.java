package org.claimtrail.extraction.article;

import org.claimtrail.api.NotFound;
import org.claimtrail.api.claim.ClaimId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Keeps each extraction as it was made and each acceptance as a person made it: the audit of what came from where. */
@Repository
class ExtractionStore {

    private static final TypeReference<List<Candidate>> CANDIDATES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ExtractionStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** An extraction as stored: the article, where it appeared, who submitted it and what the machine found. */
    record Stored(UUID id, String text, String url, String title, String publisher, LocalDate publishedAt,
                  String language, List<Candidate> candidates, String createdBy, Instant createdAt) {
    }

    /** One accepted candidate: the claim it became and the candidate as the person accepted it. */
    record Acceptance(int candidateId, ClaimId claimId, AcceptRequest.Accepted accepted, String acceptedBy,
                      Instant acceptedAt) {
    }

    void save(Stored extraction) {
        jdbc.sql("""
                        INSERT INTO extraction (id, text, url, title, publisher, published_at, language, candidates,
                                                created_by, created_at)
                        VALUES (:id, :text, :url, :title, :publisher, :publishedAt, :language, CAST(:candidates AS jsonb),
                                :createdBy, :createdAt)""")
                .param("id", extraction.id())
                .param("text", extraction.text())
                .param("url", extraction.url())
                .param("title", extraction.title())
                .param("publisher", extraction.publisher())
                .param("publishedAt", extraction.publishedAt())
                .param("language", extraction.language())
                .param("candidates", json.writeValueAsString(extraction.candidates()))
                .param("createdBy", extraction.createdBy())
                .param("createdAt", Timestamp.from(extraction.createdAt()))
                .update();
    }

    Stored find(UUID id) {
        return jdbc.sql("""
                        SELECT id, text, url, title, publisher, published_at, language, candidates::text AS candidates,
                               created_by, created_at
                        FROM extraction WHERE id = :id""")
                .param("id", id)
                .query((row, n) -> new Stored(row.getObject("id", UUID.class), row.getString("text"),
                        row.getString("url"), row.getString("title"), row.getString("publisher"),
                        row.getObject("published_at", LocalDate.class), row.getString("language"),
                        json.readValue(row.getString("candidates"), CANDIDATES), row.getString("created_by"),
                        row.getTimestamp("created_at").toInstant()))
                .optional()
                .orElseThrow(() -> notOnRecord(id));
    }

    static NotFound notOnRecord(UUID id) {
        return new NotFound("No extraction " + id + " is on record.");
    }

    void accept(UUID extraction, Acceptance acceptance) {
        jdbc.sql("""
                        INSERT INTO extraction_acceptance (extraction_id, candidate_id, claim_id, accepted, accepted_by,
                                                           accepted_at)
                        VALUES (:extraction, :candidate, :claim, CAST(:accepted AS jsonb), :acceptedBy, :acceptedAt)""")
                .param("extraction", extraction)
                .param("candidate", acceptance.candidateId())
                .param("claim", acceptance.claimId().value())
                .param("accepted", json.writeValueAsString(acceptance.accepted()))
                .param("acceptedBy", acceptance.acceptedBy())
                .param("acceptedAt", Timestamp.from(acceptance.acceptedAt()))
                .update();
    }

    List<Acceptance> acceptances(UUID extraction) {
        return jdbc.sql("""
                        SELECT candidate_id, claim_id, accepted::text AS accepted, accepted_by, accepted_at
                        FROM extraction_acceptance WHERE extraction_id = :extraction ORDER BY accepted_at, candidate_id""")
                .param("extraction", extraction)
                .query((row, n) -> new Acceptance(row.getInt("candidate_id"),
                        new ClaimId(row.getObject("claim_id", UUID.class)),
                        json.readValue(row.getString("accepted"), AcceptRequest.Accepted.class),
                        row.getString("accepted_by"), row.getTimestamp("accepted_at").toInstant()))
                .list();
    }
}
