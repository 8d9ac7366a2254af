package org.claimtrail.projection.claim;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.claimtrail.api.claim.ClaimEvent;
import org.claimtrail.api.claim.ClaimId;
import org.claimtrail.api.claim.ClaimState;
import org.claimtrail.api.claim.ClaimView;
import org.claimtrail.api.claim.Verdict;
import org.claimtrail.api.quantity.UnitNormalizer;
import org.claimtrail.projection.ClaimStream;
import org.claimtrail.projection.ReadTables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimtrail.projection.ClaimStream.handle;
import static org.claimtrail.projection.ClaimStream.proposed;
import static org.claimtrail.projection.ClaimStream.verdict;

/** The claims read table: what ClaimProjection writes is what ClaimViewRepository reads back. */
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

    @Test
    void aClaimTheTableLacksIsNotFound() {
        assertThat(views.find(ClaimId.random())).isEmpty();
    }
}
