package org.claimtrail.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The served OpenAPI document is the committed one, from which the build generates the client of
 * {@link GeneratedClientTest}: if the server changes its contract, this fails until the document is refreshed
 * (docs/api.md#the-openapi-document), with {@code -Dclaimtrail.openapi.refresh=true}. The stack runs every role, so the
 * document has every operation.
 */
@ExtendWith(SharedLocalStack.class)
class OpenApiDocumentTest {

    static final Path COMMITTED = Path.of("src/test/resources/openapi/claimtrail.json");
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final JsonNode served;

    OpenApiDocumentTest(LocalStack stack) {
        Api.Response answer = new Api(stack).get(null, "/v3/api-docs");
        assertThat(answer.status()).isEqualTo(200);
        this.served = answer.json();
    }

    @Test
    void theServedDocumentIsTheCommittedOne() throws IOException {
        if (Boolean.getBoolean("claimtrail.openapi.refresh")) {
            Files.writeString(COMMITTED, JSON.writeValueAsString(served) + "\n");
        }
        // Tree equality: the order of an object's members does not matter, that of arrays does.
        assertThat(served).as("the served /v3/api-docs against %s; refresh it as the README says", COMMITTED)
                .isEqualTo(JSON.readTree(Files.readString(COMMITTED)));
    }

    @Test
    void everyOperationIsDescribedWithItsSecurityAndItsProblems() {
        Set<String> tags = new HashSet<>();
        served.get("tags").forEach(tag -> {
            assertThat(tag.get("description").asString()).isNotBlank();
            tags.add(tag.get("name").asString());
        });
        assertThat(tags).containsExactlyInAnyOrder("Claims", "Verdicts", "Evidence", "Conflicts", "History",
                "Propositions", "Audit", "Extraction", "Admin");
        for (Map.Entry<String, JsonNode> path : served.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                String name = method.getKey() + " " + path.getKey();
                JsonNode operation = method.getValue();
                assertThat(operation.get("summary").asString()).as(name).isNotBlank();
                assertThat(operation.get("description").asString()).as(name).contains("Who may ask");
                assertThat(tags).as(name).contains(operation.at("/tags/0").asString());
                assertThat(operation.get("security").findValues("basic")).as(name).hasSize(1);
                assertThat(operation.get("security").findValues("bearer")).as(name).hasSize(1);
                assertThat(operation.get("responses").propertyNames()).as(name).contains("401", "503");
                for (Map.Entry<String, JsonNode> response : operation.get("responses").properties()) {
                    JsonNode content = response.getValue().get("content");
                    if (content != null) {
                        content.forEach(media -> assertThat(media.get("examples")).as(name + " " + response.getKey())
                                .isNotNull());
                    }
                }
                if (operation.has("requestBody")) {
                    assertThat(operation.at("/requestBody/content/application~1json/examples").isMissingNode())
                            .as(name).isFalse();
                }
            }
        }
    }

    /**
     * The OpenAPI dialect of regular expressions is ECMA-262, which has no inline flags such as (?i) and finds a
     * pattern anywhere in the value: only an anchored pattern is as strict there as Bean Validation's in Java.
     */
    @Test
    void patternsAreAnchoredEcmaRegularExpressions() {
        assertThat(served.at("/components/schemas/Source/properties/url/pattern").asString())
                .isEqualTo("^[Hh][Tt][Tt][Pp][Ss]?://\\S+$");
        assertThat(served.findValuesAsString("pattern")).isNotEmpty().allSatisfy(pattern -> assertThat(pattern)
                .startsWith("^").endsWith("$").doesNotContain("(?"));
    }
}
