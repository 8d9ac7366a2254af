package org.claimtrail.local;

import org.claimtrail.audit.checkpoint.StoreCheckpointer;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import javax.sql.DataSource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 14, backup and restore: the store of one server, copied into the empty database of another (as
 * {@code pg_dump}/{@code pg_restore} would; docs/operations.md says why the test copies with {@code COPY}), gives the
 * same read tables and Kafka topic once rebuilt, and every claim's chain verifies against its signed checkpoint.
 */
class BackupRestoreTest {

    /** What a backup must hold: the event store and the signed checkpoints. Read tables and tokens are rebuilt. */
    static final List<String> TABLES = List.of("domainevententry", "snapshotevententry", "audit_checkpoint",
            "audit_store_checkpoint", "audit_store_checkpoint_head");

    @Test
    void aRestoredStoreRebuildsItsReadTablesAndKafkaAndEveryChainVerifies() throws Exception {
        LocalSettings original = SharedLocalStack.freshSettings();
        Map<String, byte[]> backup;
        List<String> claimTable;
        String claim;
        try (LocalStack stack = LocalStack.start(original)) {
            Api api = new Api(stack);
            claim = propose(api, "Backed up.");
            propose(api, "Backed up too.");
            assertThat(api.post("reviewer1", "/api/v1/claims/" + claim + "/verdicts",
                    Api.verdict("CORROBORATE", "Seen.")).status()).isEqualTo(200);
            JdbcClient jdbc = stack.server().getBean(JdbcClient.class);
            awaitEveryHeadSigned(jdbc);
            stack.server().getBean(StoreCheckpointer.class).take();
            awaitCaughtUp(api);
            claimTable = claimTable(jdbc);
            backup = copyOut(stack.server().getBean(DataSource.class));
        }

        // A new server with an empty database and an empty broker, signing with the same key.
        try (LocalStack restored = LocalStack.start(SharedLocalStack.freshSettings(), false,
                "--claimtrail.demo.enabled=false",
                "--claimtrail.audit.signing-key=" + original.dataDir().resolve(AuditKey.FILE))) {
            Api api = new Api(restored);
            JdbcClient jdbc = restored.server().getBean(JdbcClient.class);
            copyIn(restored.server().getBean(DataSource.class), backup);

            assertThat(api.post("admin", "/api/v1/admin/projections/claims/rebuild", "").status()).isEqualTo(202);
            assertThat(api.post("admin", "/api/v1/admin/kafka/replay", "").status()).isEqualTo(202);
            awaitCaughtUp(api);
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    assertThat(claimTable(jdbc)).isEqualTo(claimTable));
            // The relay sent the restored events as they appeared, and the replay again: once each, or more.
            List<String> eventIds = api.get("auditor", "/api/v1/claims/" + claim + "/history").json()
                    .findValuesAsString("eventId");
            assertThat(TopicReader.read(restored, claim, eventIds.size()).stream()
                    .map(record -> TopicReader.header(record, "ce_id")).distinct().toList()).isEqualTo(eventIds);

            List<String> claims = jdbc.sql("SELECT DISTINCT aggregateidentifier FROM domainevententry WHERE type = 'Claim'")
                    .query(String.class).list();
            assertThat(claims).hasSizeGreaterThan(2);
            for (String id : claims) {
                JsonNode verified = api.get("auditor", "/api/v1/claims/" + id + "/history/verify").json();
                assertThat(verified.get("intact").asBoolean()).as("claim %s: %s", id, verified).isTrue();
                assertThat(verified.at("/checkpoint/signatureValid").asBoolean()).as("claim %s", id).isTrue();
            }
            JsonNode store = api.get("auditor", "/api/v1/audit/store-checkpoint/verify").json();
            assertThat(store.get("intact").asBoolean()).as("%s", store).isTrue();
            assertThat(store.get("claims").asInt()).isEqualTo(claims.size());
        }
    }

    private static String propose(Api api, String statement) {
        Api.Response response = api.post("contributor", "/api/v1/claims",
                Api.proposal(statement, "backup-" + UUID.randomUUID().toString().substring(0, 8)));
        assertThat(response.status()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    /** Every claim's checkpoint names its last event. */
    private static void awaitEveryHeadSigned(JdbcClient jdbc) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(jdbc.sql("""
                SELECT count(*) FROM (SELECT aggregateidentifier, max(sequencenumber) AS head FROM domainevententry
                                      WHERE type = 'Claim' GROUP BY aggregateidentifier) heads
                LEFT JOIN audit_checkpoint c ON c.claim_id = heads.aggregateidentifier AND c.sequence = heads.head
                WHERE c.claim_id IS NULL
                """).query(Long.class).single()).isZero());
    }

    private static void awaitCaughtUp(Api api) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).ignoreExceptions().untilAsserted(() -> {
            JsonNode status = api.get("admin", "/api/v1/admin/projections").json().get(0);
            assertThat(status.get("rebuilding").asBoolean()).isFalse();
            assertThat(status.get("position").asLong()).isEqualTo(status.get("head").asLong());
        });
    }

    private static List<String> claimTable(JdbcClient jdbc) {
        return jdbc.sql("SELECT claim_id || state || version || document::text FROM claim_view ORDER BY claim_id")
                .query(String.class).list();
    }

    /** The tables as one consistent snapshot, in PostgreSQL's binary COPY format. */
    private static Map<String, byte[]> copyOut(DataSource dataSource) throws Exception {
        Map<String, byte[]> tables = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            for (String table : TABLES) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                connection.unwrap(PGConnection.class).getCopyAPI()
                        .copyOut("COPY " + table + " TO STDOUT (FORMAT binary)", out);
                tables.put(table, out.toByteArray());
            }
            connection.commit();
        }
        return tables;
    }

    /** Loads the tables in one transaction and moves their id sequences past what was loaded. */
    private static void copyIn(DataSource dataSource, Map<String, byte[]> tables) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            for (Map.Entry<String, byte[]> table : tables.entrySet()) {
                connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                        "COPY " + table.getKey() + " FROM STDIN (FORMAT binary)", new ByteArrayInputStream(table.getValue()));
            }
            try (var statement = connection.createStatement()) {
                statement.execute("SELECT setval('domainevententry_globalindex_seq', (SELECT max(globalindex) FROM domainevententry))");
                statement.execute("SELECT setval('audit_store_checkpoint_id_seq', (SELECT max(id) FROM audit_store_checkpoint))");
            }
            connection.commit();
        }
    }
}
