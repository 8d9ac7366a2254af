package org.claimtrail.projection.claim;

import org.claimtrail.api.claim.ClaimId;
import org.claimtrail.api.claim.ClaimState;
import org.claimtrail.api.claim.ClaimView;
import org.claimtrail.api.quantity.UnitNormalizer;
import org.claimtrail.projection.ReadTables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The claim list's search ({@code GET /api/v1/claims?q=…&state=…}) against the real read table. */
class ClaimSearchTest {

    private static final Instant T0 = Instant.parse("2024-11-01T10:00:00Z");

    private final ClaimViewRepository defaults = repository(UnitNormalizer.withDefaults());

    @BeforeEach
    void empty() {
        ReadTables.clear();
    }

    private static ClaimViewRepository repository(UnitNormalizer units) {
        return new ClaimViewRepository(ReadTables.jdbc(), ReadTables.JSON, units);
    }

    /** A claim in the table, {@code minutes} after T0. */
    private ClaimId claim(String statement, String proposition, ClaimState state, int minutes) {
        ClaimView proposed = ClaimView.evolve(null, org.claimtrail.projection.ClaimStream.proposed(ClaimId.random(),
                statement, proposition), 0, T0.plusSeconds(60L * minutes));
        ClaimView view = new ClaimView(proposed.id(), proposed.statement(), proposed.proposition(), proposed.quantity(),
                proposed.attributedTo(), state, 0, proposed.proposedBy(), proposed.proposedAt(), proposed.updatedAt(),
                proposed.sources(), List.of(), List.of());
        defaults.saveAll(List.of(view));
        return view.id();
    }

    private static List<ClaimId> found(ClaimViewRepository repository, String text) {
        return ids(repository.search(new ClaimViewRepository.ClaimFilter(List.of(), null, text, false), 0, 20));
    }

    private static List<ClaimId> ids(ClaimPage page) {
        return page.items().stream().map(ClaimView::id).toList();
    }

    @Test
    void aWordFindsTheStatementsWithItsOtherForms() {
        ClaimId soldiers = claim("3,000 soldiers crossed the border", null, ClaimState.PROPOSED, 0);
        claim("Two ships left the port", null, ClaimState.PROPOSED, 1);

        assertThat(found(defaults, "soldier")).containsExactly(soldiers);
        assertThat(found(defaults, "crossing")).containsExactly(soldiers);
    }

    @Test
    void aUnitFindsTheStatementsThatUseItsSynonyms() {
        ClaimId soldiers = claim("3,000 soldiers crossed the border", null, ClaimState.PROPOSED, 0);

        assertThat(found(defaults, "troops")).containsExactly(soldiers);
        assertThat(found(repository(new UnitNormalizer(Map.of())), "troops")).as("without the synonym table").isEmpty();
    }

    @Test
    void aConfiguredSynonymIsSearchedToo() {
        ClaimId missiles = claim("40 missiles were fired at the city", null, ClaimState.PROPOSED, 0);

        assertThat(found(repository(UnitNormalizer.withDefaultsAnd(Map.of("missiles", List.of("rockets")))), "rockets"))
                .containsExactly(missiles);
        assertThat(found(defaults, "rockets")).isEmpty();
    }

    @Test
    void aTypoOrAWordPartStillFindsTheStatement() {
        ClaimId korea = claim("North Korean soldiers arrived in Kursk", null, ClaimState.PROPOSED, 0);
        claim("Two ships left the port", null, ClaimState.PROPOSED, 1);

        assertThat(found(defaults, "Kurskk")).containsExactly(korea);
        assertThat(found(defaults, "Korea")).containsExactly(korea);
    }

    @Test
    void textThatIsNoQuerySyntaxFindsNothingRatherThanFailing() {
        claim("3,000 soldiers crossed the border", null, ClaimState.PROPOSED, 0);

        assertThat(found(defaults, "\"(&|!:*' OR -")).isEmpty();
    }

    @Test
    void searchNarrowsByStateAndPropositionTogether() {
        ClaimId wanted = claim("Soldiers crossed", "a-question", ClaimState.DISPUTED, 0);
        claim("Soldiers crossed again", "a-question", ClaimState.PROPOSED, 1);
        claim("Soldiers crossed elsewhere", "another-question", ClaimState.DISPUTED, 2);
        ClaimId denied = claim("Nobody crossed", "a-question", ClaimState.DENIED, 3);

        assertThat(ids(defaults.search(new ClaimViewRepository.ClaimFilter(List.of(ClaimState.DISPUTED),
                "a-question", "soldiers", false), 0, 20))).containsExactly(wanted);
        assertThat(ids(defaults.search(new ClaimViewRepository.ClaimFilter(
                List.of(ClaimState.DISPUTED, ClaimState.DENIED), "a-question", null, false), 0, 20)))
                .containsExactly(denied, wanted);
    }

    @Test
    void aPageHoldsItsShareNewestFirstAndCountsEveryMatch() {
        ClaimId first = claim("Soldiers one", null, ClaimState.PROPOSED, 0);
        ClaimId second = claim("Soldiers two", null, ClaimState.PROPOSED, 1);
        ClaimId third = claim("Soldiers three", null, ClaimState.PROPOSED, 2);

        ClaimPage newest = defaults.search(new ClaimViewRepository.ClaimFilter(List.of(), null, null, false), 0, 2);
        assertThat(ids(newest)).containsExactly(third, second);
        assertThat(newest.total()).isEqualTo(3);

        ClaimPage oldest = defaults.search(new ClaimViewRepository.ClaimFilter(List.of(), null, null, true), 1, 2);
        assertThat(ids(oldest)).containsExactly(third);
        assertThat(oldest.total()).isEqualTo(3);
        assertThat(ids(defaults.search(new ClaimViewRepository.ClaimFilter(List.of(), null, null, true), 0, 2)))
                .containsExactly(first, second);
    }
}
