package org.claimtrail.projection.claim;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.claimtrail.api.claim.ClaimEvent;
import org.claimtrail.api.claim.ClaimId;
import org.claimtrail.api.claim.ClaimState;
import org.axonframework.eventhandling.GenericEventMessage;
import org.claimtrail.api.claim.ClaimView;
import org.claimtrail.api.claim.Qualifier;
import org.claimtrail.api.claim.Quantity;
import org.claimtrail.api.claim.SidesConflictLinked;
import org.claimtrail.api.proposition.ClaimRegistered;
import org.claimtrail.api.proposition.PropositionKey;
import org.claimtrail.api.proposition.PropositionSide;
import org.claimtrail.api.proposition.SideClaimDenied;
import org.claimtrail.api.proposition.SideClaimRestored;
import org.claimtrail.api.claim.Verdict;
import org.claimtrail.api.quantity.UnitNormalizer;
import org.claimtrail.platform.claim.ClaimFoldCache;
import org.claimtrail.projection.ClaimStream;
import org.claimtrail.projection.ClaimsGroup;
import org.claimtrail.projection.ReadTables;
import org.claimtrail.projection.proposition.PropositionProjection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimtrail.projection.ClaimStream.handle;
import static org.claimtrail.projection.ClaimStream.proposed;
import static org.claimtrail.projection.ClaimStream.verdict;

/**
 * The claims read table: what ClaimProjection writes is what ClaimViewRepository reads back, and the claim as
 * {@code GET /api/v1/claims/{id}} answers it.
 */
class ClaimReadTableTest {

    private static final Instant T0 = Instant.parse("2024-11-01T10:00:00Z");

    private final ClaimStream stream = new ClaimStream();
    private final ClaimViewRepository views = new ClaimViewRepository(ReadTables.jdbc(), ReadTables.JSON,
            UnitNormalizer.withDefaults());

    @BeforeEach
    void empty() {
        ReadTables.clear();
    }

    /** A projection as a node starts it: its fold cache empty. */
    private EventHandlerInvoker projection() {
        return SimpleEventHandlerInvoker.builder().eventHandlers(new ClaimProjection(views, stream.store(), 100))
                .build();
    }

    @Test
    void aProposedClaimIsReadBackAsTheFoldOfItsEvent() {
        ClaimId id = ClaimId.random();
        DomainEventMessage<ClaimEvent> proposal = stream.append(proposed(id, "3,000 soldiers crossed the border",
                "dprk-troops"), "contributor1", T0);

        handle(projection(), List.of(proposal));

        assertThat(views.find(id)).contains(ClaimView.evolve(null, proposal.getPayload(), 0, T0));
        // The columns that lists filter and sort on agree with the document.
        assertThat(ReadTables.jdbc().sql("SELECT proposition, state, version FROM claim_view WHERE claim_id = ?")
                .param(id.value()).query().singleRow())
                .isEqualTo(Map.of("proposition", "dprk-troops", "state", "PROPOSED", "version", 0L));
    }

    @Test
    void aBatchOfAClaimsEventsLeavesItsLatestView() {
        ClaimId id = ClaimId.random();
        handle(projection(), List.of(
                stream.append(proposed(id, "A statement", null), "contributor1", T0),
                stream.append(verdict(id, "reviewer1", Verdict.CORROBORATE, ClaimState.PROPOSED), "reviewer1",
                        T0.plusSeconds(60)),
                stream.append(verdict(id, "reviewer2", Verdict.CORROBORATE, ClaimState.CORROBORATED), "reviewer2",
                        T0.plusSeconds(120))));

        ClaimView view = views.find(id).orElseThrow();
        assertThat(view.version()).isEqualTo(2);
        assertThat(view.state()).isEqualTo(ClaimState.CORROBORATED);
        assertThat(view.verdicts()).extracting(ClaimView.VerdictEntry::reviewer).containsExactly("reviewer1", "reviewer2");
        assertThat(view.updatedAt()).isEqualTo(T0.plusSeconds(120));
        assertThat(ReadTables.jdbc().sql("SELECT state FROM claim_view WHERE claim_id = ?").param(id.value())
                .query(String.class).single()).isEqualTo("CORROBORATED");
    }

    @Test
    void anEarlierEventHandledAgainDoesNotTakeTheViewBack() {
        ClaimId id = ClaimId.random();
        DomainEventMessage<ClaimEvent> proposal = stream.append(proposed(id, "A statement", null), "contributor1", T0);
        DomainEventMessage<ClaimEvent> denial = stream.append(verdict(id, "reviewer1", Verdict.DENY,
                ClaimState.DISPUTED), "reviewer1", T0.plusSeconds(60));
        handle(projection(), List.of(proposal, denial));

        // Another node, or this one after a restart, handling the proposal again.
        handle(projection(), List.of(proposal));

        assertThat(views.find(id).orElseThrow().version()).isEqualTo(1);
        assertThat(views.find(id).orElseThrow().state()).isEqualTo(ClaimState.DISPUTED);
    }

    @Test
    void anEventWhoseViewBeforeItIsNotCachedIsFoldedFromTheEventStore() {
        ClaimId id = ClaimId.random();
        stream.append(proposed(id, "Folded from the store", null), "contributor1", T0);
        DomainEventMessage<ClaimEvent> verdict = stream.append(verdict(id, "reviewer1", Verdict.DISPUTE,
                ClaimState.DISPUTED), "reviewer1", T0.plusSeconds(60));

        handle(projection(), List.of(verdict));

        ClaimView view = views.find(id).orElseThrow();
        assertThat(view.statement()).isEqualTo("Folded from the store");
        assertThat(view.version()).isEqualTo(1);
        assertThat(view.state()).isEqualTo(ClaimState.DISPUTED);
    }

    @Test
    void aClaimsStatementIsWrittenOnceForSearch() {
        ClaimId id = ClaimId.random();
        handle(projection(), List.of(stream.append(proposed(id, "Searchable words", null), "contributor1", T0),
                stream.append(verdict(id, "reviewer1", Verdict.DENY, ClaimState.DISPUTED), "reviewer1", T0)));

        assertThat(ReadTables.jdbc().sql("SELECT statement FROM claim_statement WHERE claim_id = ?").param(id.value())
                .query(String.class).list()).containsExactly("Searchable words");
    }

    @Test
    void aPropositionsClaimsAreReadOldestFirst() {
        ClaimId later = ClaimId.random();
        ClaimId earlier = ClaimId.random();
        ClaimId elsewhere = ClaimId.random();
        handle(projection(), List.of(
                stream.append(proposed(later, "Later", "a-question"), "contributor1", T0.plusSeconds(10)),
                stream.append(proposed(earlier, "Earlier", "a-question"), "contributor1", T0),
                stream.append(proposed(elsewhere, "Elsewhere", "another-question"), "contributor1", T0)));

        assertThat(views.findByProposition("a-question", 0, 20).items()).extracting(ClaimView::id)
                .containsExactly(earlier, later);
        assertThat(views.findByProposition("no-question", 0, 20).total()).isZero();
    }

    @Test
    void aPropositionsClaimsAreReadAPageAtATimeAndCountedInAll() {
        ClaimId first = ClaimId.random();
        ClaimId second = ClaimId.random();
        ClaimId third = ClaimId.random();
        handle(projection(), List.of(
                stream.append(proposed(first, "First", "a-question"), "contributor1", T0),
                stream.append(proposed(second, "Second", "a-question"), "contributor1", T0.plusSeconds(1)),
                stream.append(proposed(third, "Third", "a-question"), "contributor1", T0.plusSeconds(2))));

        ClaimPage secondPage = views.findByProposition("a-question", 1, 2);
        assertThat(secondPage.items()).extracting(ClaimView::id).containsExactly(third);
        assertThat(secondPage.total()).isEqualTo(3);
        assertThat(views.findByProposition("a-question", 0, 2).items()).extracting(ClaimView::id)
                .containsExactly(first, second);
    }

    /**
     * A claim holds one conflict with the sides that disagree with it, however many: which they are is read from
     * the proposition when the claim is read, those standing, and the claim's own side and overlapping or
     * incomparable ones never.
     */
    @Test
    void aClaimIsReadWithTheStandingSidesItDisagreesWith() {
        PropositionKey key = new PropositionKey("dprk-troops");
        ClaimId us = ClaimId.random();
        ClaimId alsoUs = ClaimId.random();
        ClaimId nis = ClaimId.random();
        ClaimId ten = ClaimId.random();
        Quantity atLeast3000 = Quantity.of(new BigDecimal("3000"), Qualifier.AT_LEAST, "soldiers");
        Quantity exactly1500 = Quantity.of(new BigDecimal("1500"), Qualifier.EXACT, "Troops");
        Quantity exactly10 = Quantity.of(new BigDecimal("10"), Qualifier.EXACT, "soldiers");
        Quantity about3500 = Quantity.of(new BigDecimal("3500"), Qualifier.APPROXIMATELY, "soldiers");
        Quantity battalions = Quantity.of(new BigDecimal("2"), Qualifier.EXACT, "battalions");
        try (ClaimsGroup group = new ClaimsGroup(stream)) {
            handle(group.invoker("claims"), List.of(
                    stream.append(proposed(us, "At least 3,000", key.value()), "contributor1", T0),
                    stream.append(new SidesConflictLinked(us, key.value(), "at least 3,000 soldiers vs exactly 1,500"
                            + " Troops", ClaimState.DISPUTED), "claimtrail", T0.plusSeconds(1)),
                    stream.append(proposed(alsoUs, "Also at least 3,000", key.value()), "contributor1", T0)));
            handle(group.invoker("claims"), Stream.of(
                    new ClaimRegistered(key, us, atLeast3000, "soldier", 1),
                    new ClaimRegistered(key, nis, exactly1500, "soldier", 2),
                    new ClaimRegistered(key, ten, exactly10, "soldier", 3),
                    new ClaimRegistered(key, ClaimId.random(), about3500, "soldier", 4),
                    new ClaimRegistered(key, ClaimId.random(), battalions, "battalion", 5),
                    new ClaimRegistered(key, alsoUs, atLeast3000, "soldier", 1)
            ).map(GenericEventMessage::asEventMessage).toList());
            ClaimQueryController controller = new ClaimQueryController(group.bean(ClaimViewRepository.class),
                    new ClaimFoldCache(stream.store(), 100), group.bean(PropositionProjection.class));

            ClaimView.ConflictEntry conflict = controller.get(us, null).getBody().conflicts().get(0);
            assertThat(conflict.open()).isTrue();
            assertThat(conflict.sides()).isEqualTo(new ClaimView.DisagreeingSides(2, List.of(
                    new PropositionSide(key.value(), 2, "exactly 1,500 Troops"),
                    new PropositionSide(key.value(), 3, "exactly 10 soldiers"))));

            handle(group.invoker("claims"), List.of(GenericEventMessage.asEventMessage(new SideClaimDenied(key, ten))));
            assertThat(controller.get(us, null).getBody().conflicts().get(0).sides()).isEqualTo(
                    new ClaimView.DisagreeingSides(1, List.of(new PropositionSide(key.value(), 2, "exactly 1,500 Troops"))));

            handle(group.invoker("claims"), List.of(GenericEventMessage.asEventMessage(new SideClaimRestored(key, ten))));
            assertThat(controller.get(us, null).getBody().conflicts().get(0).sides().total()).isEqualTo(2);
            // A claim with no conflict with the sides (yet) is read as it is; the read table keeps no sides at all.
            assertThat(controller.get(alsoUs, null).getBody().conflicts()).isEmpty();
            assertThat(views.find(us).orElseThrow().conflicts().get(0).sides()).isNull();
        }
    }

    @Test
    void aClaimTheTableLacksIsNotFound() {
        assertThat(views.find(ClaimId.random())).isEmpty();
    }
}
