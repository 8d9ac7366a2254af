package org.claimtrail.local;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.claimtrail.platform.role.ConditionalOnRole;
import org.claimtrail.platform.role.NodeRole;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

/**
 * On the first start, proposes the claims of the demo data set (taken from the five reports in the corpus)
 * through the REST API, as the demo contributor: they pass the same validation and commands as anyone's claims.
 * Only a node with the command role loads them, and in a local cluster only the first: the check that the store is
 * empty (the event store has no head token) and the loading hold a PostgreSQL advisory lock, and a store that holds
 * any event is not the first start.
 */
@ConditionalOnProperty("claimtrail.demo.enabled")
@ConditionalOnRole(NodeRole.COMMAND)
class DemoData {

    /** Any number that no other advisory lock of claimtrail's uses. */
    private static final long LOADING_LOCK = 0x636c61696d747261L;

    private static final String CLAIMS = "demo/claims.json";

    private final DataSource dataSource;
    private final EventStore eventStore;
    private final JsonMapper json;
    private final Environment environment;

    DemoData(DataSource dataSource, EventStore eventStore, JsonMapper json, Environment environment) {
        this.dataSource = dataSource;
        this.eventStore = eventStore;
        this.json = json;
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadOnFirstStart() {
        // A session lock, held on one connection while this node loads through its own API.
        try (Connection connection = dataSource.getConnection()) {
            if (!lock(connection, "pg_try_advisory_lock")) {
                return; // another node is loading them
            }
            try {
                if (eventStore.createHeadToken() == null) {
                    load();
                }
            } finally {
                lock(connection, "pg_advisory_unlock");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not check whether the demo data is loaded", e);
        }
    }

    private static boolean lock(Connection connection, String function) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT " + function + "(?)")) {
            statement.setLong(1, LOADING_LOCK);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    private void load() {
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
