package org.claimtrail.local;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * On the first start, proposes the claims of the demo data set (taken from the five reports in the corpus)
 * through the REST API, as the demo contributor: they pass the same validation and commands as anyone's claims.
 * A store that holds any event already is not the first start, so nothing is loaded twice.
 */
@Component
@ConditionalOnProperty("claimtrail.demo.enabled")
class DemoData {

    private static final String CLAIMS = "demo/claims.json";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Environment environment;

    DemoData(JdbcClient jdbc, JsonMapper json, Environment environment) {
        this.jdbc = jdbc;
        this.json = json;
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadOnFirstStart() {
        if (jdbc.sql("SELECT EXISTS (SELECT 1 FROM domainevententry)").query(Boolean.class).single()) {
            return;
        }
        RestClient api = RestClient.builder()
                .baseUrl("http://localhost:" + environment.getRequiredProperty("local.server.port") + "/api/v1")
                .defaultHeaders(h -> h.setBasicAuth("contributor", environment.getRequiredProperty("claimtrail.demo.password")))
                .build();
        for (JsonNode claim : readClaims()) {
            api.post().uri("/claims").contentType(MediaType.APPLICATION_JSON).body(claim.toString())
                    .retrieve().toBodilessEntity();
        }
    }

    private JsonNode readClaims() {
        try (InputStream in = new ClassPathResource(CLAIMS).getInputStream()) {
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + CLAIMS, e);
        }
    }
}
