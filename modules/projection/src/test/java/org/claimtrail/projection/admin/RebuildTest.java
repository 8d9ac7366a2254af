package org.claimtrail.projection.admin;

import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.claimtrail.api.NotFound;
import org.claimtrail.api.claim.ClaimEvent;
import org.claimtrail.api.claim.ClaimId;
import org.claimtrail.api.claim.ClaimState;
import org.claimtrail.api.claim.Qualifier;
import org.claimtrail.api.claim.Quantity;
import org.claimtrail.api.claim.Verdict;
import org.claimtrail.api.proposition.ClaimRegistered;
import org.claimtrail.api.proposition.PropositionKey;
import org.claimtrail.api.proposition.SideClaimDenied;
import org.claimtrail.platform.processor.ClusterProcessors;
import org.claimtrail.projection.ClaimStream;
import org.claimtrail.projection.ClaimsGroup;
import org.claimtrail.projection.ReadTables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.axonframework.eventhandling.GenericEventMessage.asEventMessage;
import static org.claimtrail.projection.ClaimStream.handle;
import static org.claimtrail.projection.ClaimStream.proposed;
import static org.claimtrail.projection.ClaimStream.verdict;

/**
 * What a rebuild does to the read models, as far as this module decides it: which processors may be rebuilt, and that
 * the reset Projections hands the cluster (the group's reset handlers, in the token reset's transaction) empties every
 * read table, so that the replay fills them anew. The reset of the tokens and the replay across nodes are
 * ClusterProcessors' (module platform), run whole by the local stack's tests.
 */
class RebuildTest {

    private static final Instant T0 = Instant.parse("2024-11-01T10:00:00Z");
    private static final List<String> TABLES = List.of("claim_view", "claim_statement", "proposition_claim",
            "proposition_side", "audit_entry");

    private final ClaimStream stream = new ClaimStream();
    private final ClaimsGroup group = new ClaimsGroup(stream);
    private final EventHandlerInvoker claims = group.invoker("claims");

    @BeforeEach
    void empty() {
        ReadTables.clear();
    }

    @AfterEach
    void close() {
        group.close();
    }

    /** The propositions' events, of a stream of their own. */
    private final List<EventMessage<?>> registrations = new ArrayList<>();

    /** Two claims' events and their registrations, handled as the live processor would. */
    private void handledLive() {
        ClaimId first = ClaimId.random();
        ClaimId second = ClaimId.random();
        handle(claims, List.of(
                stream.append(proposed(first, "3,000 soldiers crossed", "a-question"), "contributor1", T0),
                stream.append(proposed(second, "No soldier crossed", "a-question"), "contributor1", T0.plusSeconds(1)),
                stream.append(verdict(first, "reviewer1", Verdict.DENY, ClaimState.DISPUTED), "reviewer1",
                        T0.plusSeconds(2))));
        registrations.add(asEventMessage(new ClaimRegistered(new PropositionKey("a-question"), first,
                Quantity.of(new BigDecimal("3000"), Qualifier.EXACT, "soldiers"), "soldier", 1)));
        registrations.add(asEventMessage(new ClaimRegistered(new PropositionKey("a-question"), second, null, null, null)));
        registrations.add(asEventMessage(new SideClaimDenied(new PropositionKey("a-question"), first)));
        handle(claims, registrations);
    }

    private static Map<String, List<Map<String, Object>>> rows() {
        Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
        for (String table : TABLES) {
            // json has no equality operator: compared as text, in a stable order.
            rows.put(table, ReadTables.jdbc().sql("SELECT to_jsonb(t)::text AS row FROM " + table
                    + " t ORDER BY 1").query().listOfRows());
        }
        return rows;
    }

    @Test
    void everyReadModelOfTheModuleCanBeRebuilt() {
        assertThat(group.handlers("claims")).extracting(handler -> handler.getClass().getSimpleName())
                .containsExactlyInAnyOrder("ClaimProjection", "PropositionProjection", "AuditProjection");
        // Each processing group of this module builds read tables only, so each is a read model to rebuild.
        assertThat(Projections.NAMES).containsExactlyInAnyOrderElementsOf(group.groups());
    }

    @Test
    void theResetARebuildRunsEmptiesEveryReadTableOfTheGroup() throws Exception {
        handledLive();
        for (String table : TABLES) {
            assertThat(ReadTables.count(table)).as(table).isPositive();
        }

        // What Projections.rebuild hands ClusterProcessors.reset to run in the tokens' transaction.
        claims.performReset(null);

        for (String table : TABLES) {
            assertThat(ReadTables.count(table)).as(table).isZero();
        }
    }

    @Test
    void theReplayAfterTheResetWritesTheTablesAsTheyWere() throws Exception {
        handledLive();
        Map<String, List<Map<String, Object>>> live = rows();
        // A row no event made (written by an older version, say) is what a rebuild is for.
        ReadTables.jdbc().sql("INSERT INTO proposition_claim (proposition, claim_id, unit) VALUES ('stale', ?, 'x')")
                .param(ClaimId.random().value()).update();

        claims.performReset(null);
        handle(claims, stream.all());
        handle(claims, registrations);

        assertThat(rows()).isEqualTo(live);
    }

    @Test
    void onlyTheReadModelsAreRebuiltNotThePolicyOrTheRelay() {
        Configuration axon = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                .eventProcessing(processing -> processing.registerEventHandler(c -> new Policy()))
                .buildConfiguration();
        EventProcessingConfiguration processing = axon.eventProcessingConfiguration();
        Projections projections = new Projections(processing, cluster(processing));

        assertThat(processing.eventProcessor("conflict-policy", StreamingEventProcessor.class)).isPresent();
        assertThat(projections.rebuild("conflict-policy")).isEmpty();
        assertThat(projections.rebuild("kafka-relay")).isEmpty();
        // No claims processor runs in this configuration: there is nothing of that name to rebuild either.
        assertThat(projections.rebuild("claims")).isEmpty();
        assertThatThrownBy(() -> new ProjectionAdminController(projections).rebuild("conflict-policy"))
                .isInstanceOf(NotFound.class)
                .hasMessage("No read model is called conflict-policy; there is [claims].");
    }

    private ClusterProcessors cluster(EventProcessingConfiguration processing) {
        return new ClusterProcessors(new JdbcTemplate(ReadTables.dataSource()),
                new TransactionTemplate(new DataSourceTransactionManager(ReadTables.dataSource())),
                stream.store(), Jackson3Serializer.builder().build(), TokenSchema.builder().build(), "node-1", processing);
    }

    /** A streaming processor that builds no read table, as the command module's conflict policy. */
    @ProcessingGroup("conflict-policy")
    static class Policy {

        @EventHandler
        void on(ClaimEvent event) {
        }
    }
}
