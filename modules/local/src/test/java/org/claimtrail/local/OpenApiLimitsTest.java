package org.claimtrail.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI document states the limits and headers the server enforces, and is open to read, as is Swagger UI. */
@ExtendWith(IsolatedLocalStack.class)
class OpenApiLimitsTest {

    private final RawHttp http;

    OpenApiLimitsTest(LocalStack stack) {
        this.http = new RawHttp(stack);
    }

    @Test
    void theDocumentStatesTheLimitsAndHeaders() {
        RawHttp.Answer answer = http.get("/v3/api-docs").send();
        assertThat(answer.status()).isEqualTo(200);
        JsonNode api = answer.json();

        JsonNode schemas = api.at("/components/schemas");
        assertThat(schemas.at("/ProposeClaimRequest/properties/statement/maxLength").asInt()).isEqualTo(2_000);
        assertThat(schemas.at("/ProposeClaimRequest/properties/sources/maxItems").asInt()).isEqualTo(50);
        assertThat(schemas.at("/Source/properties/quote/maxLength").asInt()).isEqualTo(1_000);
        assertThat(schemas.at("/Source/properties/url/maxLength").asInt()).isEqualTo(2_048);
        assertThat(schemas.at("/Source/properties/publisher/maxLength").asInt()).isEqualTo(200);
        assertThat(schemas.at("/SubmitVerdictRequest/properties/rationale/maxLength").asInt()).isEqualTo(4_000);
        assertThat(schemas.at("/ReopenRequest/properties/reason/maxLength").asInt()).isEqualTo(4_000);

        assertThat(api.at("/paths/~1api~1v1~1claims/post/parameters").findValuesAsString("name"))
                .contains("Idempotency-Key");
        assertThat(api.at("/paths/~1api~1v1~1claims~1{id}~1verdicts/post/parameters").findValuesAsString("name"))
                .contains("Idempotency-Key", "If-Match");
        assertThat(api.at("/components/securitySchemes").propertyNames()).contains("basic", "bearer");

        // What one user can cost: a page of a proposition, and the write limit's answer (docs/api.md#limits).
        JsonNode size = api.at("/paths/~1api~1v1~1propositions~1{key}/get/parameters").findParents("name").stream()
                .filter(p -> p.get("name").asString().equals("size")).findFirst().orElseThrow();
        assertThat(size.at("/schema/maximum").asInt()).isEqualTo(100);
        JsonNode tooMany = api.at("/paths/~1api~1v1~1claims/post/responses/429");
        assertThat(tooMany.at("/content/application~1problem+json/examples").propertyNames()).contains("too-many-writes");
        assertThat(tooMany.get("headers").propertyNames()).contains("Retry-After", "RateLimit", "RateLimit-Policy");
    }

    @Test
    void swaggerUiIsServed() {
        assertThat(http.get("/swagger-ui/index.html").send().status()).isEqualTo(200);
    }
}
