package org.claimtrail.local;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.claimtrail.audit.chain.CanonicalJson;
import org.claimtrail.audit.chain.ChainEvent;
import org.claimtrail.audit.chain.ChainHash;
import org.claimtrail.audit.chain.Ed25519;
import org.claimtrail.audit.chain.HeadCheckpoint;
import org.claimtrail.audit.chain.HistoryBundle;
import org.claimtrail.api.claim.ClaimId;
import org.claimtrail.api.claim.ClaimProposed;
import org.claimtrail.api.claim.ClaimState;
import org.claimtrail.audit.chain.EventHash;
import org.claimtrail.api.claim.Source;
import org.claimtrail.api.claim.Stance;
import org.claimtrail.audit.checkpoint.StoreCheckpointer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 14: each way a database administrator can cheat, done to the rows of the real event store, is found by the
 * server's {@code verify} and by the offline {@code verify-history} of an exported bundle alike. On a stack of its
 * own: the shared one's tests compare read tables rebuilt from the whole store, which tampering would change.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TamperTest {

    /** A claim goes without a signed checkpoint for 2 s at most here (5 min by default), so that a test sees one. */
    private final LocalStack stack = LocalStack.start(SharedLocalStack.freshSettings(), false,
            "--claimtrail.audit.checkpoint-grace=PT2S");
    private final Api api = new Api(stack);
    private final JdbcClient jdbc = stack.server().getBean(JdbcClient.class);

    @AfterAll
    void stop() {
        stack.close();
    }

    @Test
    void anUntouchedHistoryIsIntactOnlineAndOffline() {
        String id = claimWithVerdicts();
        JsonNode verified = verify(id);
        assertThat(verified.get("intact").asBoolean()).isTrue();
        assertThat(verified.get("events").asInt()).isEqualTo(3);
        assertThat(verified.at("/checkpoint/sequence").asLong()).isEqualTo(2);
        assertThat(verified.at("/checkpoint/signatureValid").asBoolean()).isTrue();
        Offline offline = offline(id);
        assertThat(offline.exitCode()).isEqualTo(VerifyHistory.INTACT);
        assertThat(offline.output()).startsWith("intact: claim " + id + ", 3 events, head 2");

        JsonNode bundle = api.get("auditor", "/api/v1/claims/" + id + "/history/export").json();
        assertThat(bundle.get("format").asString()).isEqualTo(HistoryBundle.FORMAT);
        assertThat(bundle.at("/events/1/metadata/chain").asString()).isEqualTo(ChainHash.V2);
        assertThat(bundle.at("/events/1/metadata/actor").asString()).isEqualTo("reviewer1");
        assertThat(bundle.at("/checkpoint/signature").asString()).isNotBlank();
        assertThat(api.get("editor", "/api/v1/claims/" + id + "/history/export").status()).isEqualTo(403);
        assertThat(api.get("contributor", "/api/v1/audit/public-key").status()).isEqualTo(403);
        Api.Response key = api.get("admin", "/api/v1/audit/public-key");
        assertThat(key.status()).isEqualTo(200);
        assertThat(key.raw().body()).startsWith("-----BEGIN PUBLIC KEY-----");

        // The copy outside the database: the signed head on the checkpoint topic.
        PublicKey publicKey = Ed25519.publicKey(key.raw().body());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<ConsumerRecord<String, byte[]>> heads = TopicReader.read(stack, "claimtrail.audit.checkpoints", id, 1);
            HeadCheckpoint last = CanonicalJson.MAPPER.readValue(heads.get(heads.size() - 1).value(),
                    HeadCheckpoint.class);
            assertThat(last.sequence()).isEqualTo(2);
            assertThat(last.hash()).isEqualTo(verified.at("/checkpoint/hash").asString());
            assertThat(last.verify(publicKey)).isTrue();
        });
    }

    @Test
    void anEditedPayloadFieldIsFound() {
        String id = claimWithVerdicts();
        assertThat(jdbc.sql("""
                UPDATE domainevententry
                SET payload = convert_to(replace(convert_from(payload, 'UTF8'), 'Satellite', 'Hearsay'), 'UTF8')
                WHERE aggregateidentifier = ? AND sequencenumber = 1
                """).param(id).update()).isEqualTo(1);
        assertBrokenAt(id, 1, "does not match its hash");
    }

    @Test
    void anEditedActorIsFound() {
        String id = claimWithVerdicts();
        editMetadata(id, 1, "reviewer1", "reviewer2");
        assertThat(api.get("auditor", "/api/v1/claims/" + id + "/history").json().at("/1/actor").asString())
                .isEqualTo("reviewer2");
        assertBrokenAt(id, 1, "does not match its hash");
    }

    @Test
    void anEditedCorrelationIdIsFound() {
        String id = claimWithVerdicts();
        editMetadata(id, 2, "request-" + id, "request-forged");
        assertBrokenAt(id, 2, "does not match its hash");
    }

    @Test
    void anEditedTimestampIsFound() {
        String id = claimWithVerdicts();
        assertThat(jdbc.sql("""
                UPDATE domainevententry SET timestamp = '2024-06-19T09:00:00.000Z'
                WHERE aggregateidentifier = ? AND sequencenumber = 0
                """).param(id).update()).isEqualTo(1);
        assertBrokenAt(id, 0, "does not match its hash");
    }

    @Test
    void aDeletedMiddleEventIsNamed() {
        String id = claimWithVerdicts();
        delete(id, 1);
        assertBrokenAt(id, 1, "Event 1 missing before sequence 2.");
    }

    @Test
    void aDeletedLastEventIsNamedFromTheSignedCheckpoint() {
        String id = claimWithVerdicts();
        String head = verify(id).at("/checkpoint/hash").asString();
        delete(id, 2);
        assertBrokenAt(id, 2, "Event 2 missing after sequence 1; the signed checkpoint of ");
        assertThat(verify(id).at("/brokenAt/reason").asString()).contains("says head 2, hash " + head);
    }

    @Test
    void aDeletedCheckpointRowIsFoundOnceTheClaimShouldHaveOne() {
        String id = claimWithVerdicts();
        assertThat(jdbc.sql("DELETE FROM audit_checkpoint WHERE claim_id = ?").param(id).update()).isEqualTo(1);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            JsonNode verified = verify(id);
            assertThat(verified.get("intact").asBoolean()).isFalse();
            assertThat(verified.get("checkpoint").isNull()).isTrue();
            assertThat(verified.at("/brokenAt/sequence").asLong()).isEqualTo(2);
            assertThat(verified.at("/brokenAt/reason").asString())
                    .startsWith("No signed checkpoint covers this claim, though its last event (sequence 2, stored ")
                    .contains("is older than PT2S: its checkpoint row was deleted");
        });
        // Offline, a bundle without a checkpoint is never reported intact and signed.
        assertThat(offline(id).exitCode()).isEqualTo(VerifyHistory.UNSIGNED);
    }

    @Test
    void reorderedEventsAreFound() {
        String id = claimWithVerdicts();
        jdbc.sql("UPDATE domainevententry SET sequencenumber = -1 WHERE aggregateidentifier = ? AND sequencenumber = 1")
                .param(id).update();
        jdbc.sql("UPDATE domainevententry SET sequencenumber = 1 WHERE aggregateidentifier = ? AND sequencenumber = 2")
                .param(id).update();
        jdbc.sql("UPDATE domainevententry SET sequencenumber = 2 WHERE aggregateidentifier = ? AND sequencenumber = -1")
                .param(id).update();
        assertBrokenAt(id, 1, "does not match its hash");
    }

    @Test
    void aStreamForgedWholeWithAConsistentChainIsCaughtByTheSignedHead() {
        String id = claimWithVerdicts();
        jdbc.sql("""
                UPDATE domainevententry
                SET payload = convert_to(replace(convert_from(payload, 'UTF8'), 'Satellite', 'Hearsay'), 'UTF8')
                WHERE aggregateidentifier = ? AND sequencenumber = 1
                """).param(id).update();
        // The forger knows the chain's rules (they are public): every hash from the edit on is made anew.
        List<ChainEvent> events = bundle(id).events();
        String previous = events.get(0).hash();
        for (ChainEvent event : events.subList(1, events.size())) {
            String forged = ChainHash.v2(previous, event);
            editMetadata(id, event.sequence(), event.hash(), forged);
            previous = forged;
        }
        assertThat(HistoryBundle.of(id, bundle(id).events(), null).verify(null).intact())
                .as("the forged chain is consistent in itself").isTrue();
        assertBrokenAt(id, 2, "the stream was replaced");

        // Nor does rewriting the checkpoint row help: its signature no longer holds.
        jdbc.sql("UPDATE audit_checkpoint SET hash = ? WHERE claim_id = ?").params(previous, id).update();
        assertBrokenAt(id, 2, "does not carry a valid signature");
    }

    @Test
    void aVersionOneStreamStillVerifiesAndItsNewEventsAreVersionTwo() {
        // A claim written before chain version 2: its event hashed by version 1, with no "chain" entry.
        ClaimId claim = ClaimId.random();
        ClaimProposed proposed = new ClaimProposed(claim, "Written under chain version 1.", null, null,
                "United States government", List.of(new Source("Example News", "https://example.org/report",
                "Troops", "At least 3,000 soldiers have entered.", LocalDate.of(2024, 10, 29), Stance.SUPPORTS)),
                "contributor", ClaimState.PROPOSED);
        stack.server().getBean(EventStore.class).publish(new GenericDomainEventMessage<>("Claim", claim.toString(),
                0, proposed, MetaData.with("actor", "contributor")
                .and(EventHash.METADATA_KEY, EventHash.next(EventHash.GENESIS, 0, proposed))));
        String id = claim.toString();
        assertThat(api.post("reviewer1", "/api/v1/claims/" + id + "/verdicts",
                Api.verdict("CORROBORATE", "Satellite imagery.")).status()).isEqualTo(200);
        awaitCheckpoint(id, 1);

        HistoryBundle bundle = bundle(id);
        assertThat(bundle.events()).extracting(ChainEvent::chainVersion).containsExactly(ChainHash.V1, ChainHash.V2);
        assertThat(verify(id).get("intact").asBoolean()).isTrue();
        assertThat(offline(id).exitCode()).isEqualTo(VerifyHistory.INTACT);
        editMetadata(id, 1, "\"chain\":\"2\"", "\"chain\":\"1\"");
        assertBrokenAt(id, 1, "does not match its hash");
    }

    @Test
    void aVanishedOrTruncatedClaimIsNamedByTheSignedStoreCheckpoint() {
        String vanishing = claimWithVerdicts();
        String truncated = claimWithVerdicts();
        stack.server().getBean(StoreCheckpointer.class).take();
        JsonNode before = api.get("auditor", "/api/v1/audit/store-checkpoint/verify").json();
        assertThat(before.get("signatureValid").asBoolean()).isTrue();
        assertThat(before.get("headsMatchRoot").asBoolean()).isTrue();
        assertThat(before.get("vanished").valueStream().map(JsonNode::asString)).doesNotContain(vanishing);

        jdbc.sql("DELETE FROM domainevententry WHERE aggregateidentifier = ?").param(vanishing).update();
        delete(truncated, 2);
        JsonNode after = api.get("admin", "/api/v1/audit/store-checkpoint/verify").json();
        assertThat(after.get("intact").asBoolean()).isFalse();
        assertThat(after.get("vanished").valueStream().map(JsonNode::asString)).contains(vanishing);
        assertThat(after.get("damaged").valueStream().filter(d -> d.get("claimId").asString().equals(truncated))
                .map(d -> d.get("reason").asString()))
                .containsExactly("Events up to 2 were signed; the stream now ends before it.");
        // The claim's own verify names all that is missing, from its head's checkpoint.
        assertThat(verify(vanishing).at("/brokenAt/reason").asString()).startsWith("Events 0..2 missing;");

        // The heads kept with a store checkpoint are bound to its signed root: removing one shows.
        jdbc.sql("DELETE FROM audit_store_checkpoint_head WHERE claim_id = ?").param(vanishing).update();
        assertThat(api.get("auditor", "/api/v1/audit/store-checkpoint/verify").json().get("headsMatchRoot")
                .asBoolean()).isFalse();
        assertThat(api.get("editor", "/api/v1/audit/store-checkpoint/verify").status()).isEqualTo(403);
    }

    /** A claim of three events, the last one's head signed and checkpointed. */
    private String claimWithVerdicts() {
        String proposition = "tamper-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Response proposed = api.post("contributor", "/api/v1/claims", Api.proposal("Troops crossed.", proposition));
        assertThat(proposed.status()).isEqualTo(201);
        String id = proposed.json().get("id").asString();
        assertThat(api.post("reviewer1", "/api/v1/claims/" + id + "/verdicts",
                Api.verdict("CORROBORATE", "Satellite imagery."), Map.of()).status()).isEqualTo(200);
        assertThat(api.post("reviewer2", "/api/v1/claims/" + id + "/verdicts",
                Api.verdict("CORROBORATE", "KCNA photographs."), Map.of("X-Request-Id", "request-" + id)).status())
                .isEqualTo(200);
        awaitCheckpoint(id, 2);
        return id;
    }

    private void awaitCheckpoint(String id, long sequence) {
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() ->
                assertThat(verify(id).at("/checkpoint/sequence").asLong()).isEqualTo(sequence));
    }

    /** Both verdicts, the server's and the offline one of an exported bundle, name the same first broken event. */
    private void assertBrokenAt(String id, long sequence, String reason) {
        JsonNode verified = verify(id);
        assertThat(verified.get("intact").asBoolean()).isFalse();
        assertThat(verified.at("/brokenAt/sequence").asLong()).isEqualTo(sequence);
        assertThat(verified.at("/brokenAt/reason").asString()).contains(reason);
        Offline offline = offline(id);
        assertThat(offline.exitCode()).isEqualTo(VerifyHistory.BROKEN);
        assertThat(offline.output()).startsWith("broken at sequence " + sequence).contains(reason);
    }

    private JsonNode verify(String id) {
        Api.Response response = api.get("auditor", "/api/v1/claims/" + id + "/history/verify");
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }

    private HistoryBundle bundle(String id) {
        Api.Response response = api.get("auditor", "/api/v1/claims/" + id + "/history/export");
        assertThat(response.status()).isEqualTo(200);
        return HistoryBundle.read(response.raw().body().getBytes(StandardCharsets.UTF_8));
    }

    private record Offline(int exitCode, String output) {
    }

    /** {@code verify-history} as the local jar runs it, on the exported bundle and the served public key. */
    private Offline offline(String id) {
        try {
            Path dir = Files.createTempDirectory("claimtrail-bundle");
            Path bundle = Files.writeString(dir.resolve("bundle.json"),
                    api.get("auditor", "/api/v1/claims/" + id + "/history/export").raw().body());
            Path key = Files.writeString(dir.resolve("key.pem"),
                    api.get("auditor", "/api/v1/audit/public-key").raw().body());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int exit = VerifyHistory.run(List.of(VerifyHistory.COMMAND, bundle.toString(), "--public-key",
                    key.toString()), new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
            return new Offline(exit, out.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void editMetadata(String id, long sequence, String from, String to) {
        assertThat(jdbc.sql("""
                SELECT position(? in convert_from(metadata, 'UTF8')) > 0 FROM domainevententry
                WHERE aggregateidentifier = ? AND sequencenumber = ?
                """).params(from, id, sequence).query(Boolean.class).single())
                .as("metadata of event %d holds %s", sequence, from).isTrue();
        jdbc.sql("""
                UPDATE domainevententry
                SET metadata = convert_to(replace(convert_from(metadata, 'UTF8'), ?, ?), 'UTF8')
                WHERE aggregateidentifier = ? AND sequencenumber = ?
                """).params(from, to, id, sequence).update();
    }

    private void delete(String id, long sequence) {
        assertThat(jdbc.sql("DELETE FROM domainevententry WHERE aggregateidentifier = ? AND sequencenumber = ?")
                .params(id, sequence).update()).isEqualTo(1);
    }
}
