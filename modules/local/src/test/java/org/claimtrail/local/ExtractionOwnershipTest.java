package org.claimtrail.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 27: an extraction, the article someone is checking and what they made of it, is its author's. Editors,
 * auditors and admins read every one, only the author or an editor accepts its candidates, and anyone else is
 * answered as for an id that is on record nowhere. {@code contributor} and {@code reviewer1} are two users who may
 * both extract articles.
 */
@ExtendWith(SharedLocalStack.class)
class ExtractionOwnershipTest {

    private static final String ARTICLE = "Kyiv says the deployment is growing. Ukraine's military intelligence said "
            + "that as many as 11,000 North Korean soldiers had been sent to Russia's Kursk region.";

    private final Api api;

    ExtractionOwnershipTest(LocalStack stack) {
        this.api = new Api(stack);
    }

    @Test
    void onlyItsAuthorEditorsAuditorsAndAdminsReadAnExtraction() {
        String id = extracted("contributor");
        for (String reader : new String[]{"contributor", "editor", "auditor", "admin"}) {
            Api.Response record = api.get(reader, "/api/v1/extractions/" + id);
            assertThat(record.status()).as(reader).isEqualTo(200);
            assertThat(record.json().get("text").asString()).isEqualTo(ARTICLE);
        }
        for (String other : new String[]{"reviewer1", "reviewer2"}) {
            Api.Response refused = api.get(other, "/api/v1/extractions/" + id);
            Api.Response unknown = api.get(other, "/api/v1/extractions/" + UUID.randomUUID());
            assertThat(refused.status()).as(other).isEqualTo(404);
            assertThat(refused.raw().body()).doesNotContain(ARTICLE.substring(0, 20));
            // Told exactly what an unknown id is told: the answer says nothing of whether it exists.
            assertThat(problemWithoutId(refused, id)).isEqualTo(problemWithoutId(unknown,
                    unknown.json().get("detail").asString().split(" ")[2]));
        }
    }

    @Test
    void onlyItsAuthorOrAnEditorAcceptsItsCandidates() {
        String id = extracted("contributor");
        Api.Response byOther = api.post("reviewer1", "/api/v1/extractions/" + id + "/accept", accept(1));
        assertThat(byOther.status()).isEqualTo(404);
        assertThat(byOther.json().get("type").asString()).isEqualTo("urn:claimtrail:problem:not-found");
        assertThat(api.post("auditor", "/api/v1/extractions/" + id + "/accept", accept(1)).status()).isEqualTo(403);
        assertThat(api.get("editor", "/api/v1/extractions/" + id).json().get("accepted")).isEmpty();

        Api.Response byEditor = api.post("editor", "/api/v1/extractions/" + id + "/accept", accept(1));
        assertThat(byEditor.status()).isEqualTo(201);
        JsonNode record = api.get("contributor", "/api/v1/extractions/" + id).json();
        assertThat(record.at("/accepted/0/acceptedBy").asString()).isEqualTo("editor");

        String own = extracted("reviewer1");
        assertThat(api.post("contributor", "/api/v1/extractions/" + own + "/accept", accept(1)).status())
                .isEqualTo(404);
        assertThat(api.post("reviewer1", "/api/v1/extractions/" + own + "/accept", accept(1)).status())
                .isEqualTo(201);
    }

    /** An extraction of the article by {@code author}, with one candidate. */
    private String extracted(String author) {
        Api.Response extracted = api.post(author, "/api/v1/extractions", ExtractionTest.article(ARTICLE));
        assertThat(extracted.status()).isEqualTo(200);
        assertThat(extracted.json().get("candidates")).hasSize(1);
        return extracted.json().get("id").asString();
    }

    private static String accept(int candidate) {
        return "{\"candidates\": [{\"id\": " + candidate + ", \"proposition\": \"ownership-"
                + UUID.randomUUID().toString().substring(0, 8) + "\"}]}";
    }

    /** The problem answered, with the id it names taken out. */
    private static String problemWithoutId(Api.Response answer, String id) {
        assertThat(answer.raw().headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = answer.json();
        return problem.get("type").asString() + " " + problem.get("status").asInt() + " "
                + problem.get("detail").asString().replace(id, "ID");
    }
}
