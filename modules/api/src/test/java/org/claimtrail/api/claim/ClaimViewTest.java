package org.claimtrail.api.claim;

import org.claimtrail.api.proposition.PropositionSide;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class ClaimViewTest {

    private static final ClaimId ID = ClaimId.random();
    private static final Source REPORT = new Source("Global Times", "https://example.org/gt", null,
            "The treaty was signed.", LocalDate.of(2024, 6, 19), Stance.SUPPORTS);
    private static final Source EVIDENCE = new Source("Anadolu Agency", "https://example.org/aa", null,
            "It was signed on Wednesday.", null, Stance.SUPPORTS);
    private static final Instant T0 = Instant.parse("2024-11-01T10:00:00Z");
    private static final Instant T1 = T0.plusSeconds(60);
    private static final Instant T2 = T0.plusSeconds(120);

    private static final ClaimProposed PROPOSED = new ClaimProposed(ID, "The treaty was signed on 19 June 2024.",
            "russia-dprk-treaty-signing-date", null, "Kremlin", List.of(REPORT), "contributor", ClaimState.PROPOSED);

    @Test
    void theProposalStartsTheView() {
        ClaimView view = ClaimView.evolve(null, PROPOSED, 0, T0);

        assertThat(view.id()).isEqualTo(ID);
        assertThat(view.state()).isEqualTo(ClaimState.PROPOSED);
        assertThat(view.version()).isZero();
        assertThat(view.proposedBy()).isEqualTo("contributor");
        assertThat(view.proposedAt()).isEqualTo(T0);
        assertThat(view.updatedAt()).isEqualTo(T0);
        assertThat(view.sources()).containsExactly(REPORT);
        assertThat(view.verdicts()).isEmpty();
    }

    @Test
    void verdictsReplaceTheReviewersEarlierOneAndAddTheirEvidence() {
        ClaimView view = ClaimView.evolve(null, PROPOSED, 0, T0);
        view = ClaimView.evolve(view, new VerdictSubmitted(ID, "reviewer1", Verdict.DISPUTE, "unsure",
                List.of(), ClaimState.DISPUTED), 1, T1);
        view = ClaimView.evolve(view, new VerdictSubmitted(ID, "reviewer1", Verdict.CORROBORATE, "confirmed",
                List.of(EVIDENCE), ClaimState.PROPOSED), 2, T2);

        assertThat(view.verdicts()).containsExactly(
                new ClaimView.VerdictEntry("reviewer1", Verdict.CORROBORATE, "confirmed", T2));
        assertThat(view.sources()).containsExactly(REPORT, EVIDENCE);
        assertThat(view.state()).isEqualTo(ClaimState.PROPOSED);
        assertThat(view.version()).isEqualTo(2);
        assertThat(view.proposedAt()).isEqualTo(T0);
        assertThat(view.updatedAt()).isEqualTo(T2);
    }

    @Test
    void conflictsWithAClaimAndWithASideAreListedAndClosedApart() {
        ClaimId other = ClaimId.random();
        PropositionSide side = new PropositionSide("russia-dprk-treaty-signing-date", 2, "exactly 1,500 troops");
        ClaimView view = ClaimView.evolve(null, PROPOSED, 0, T0);
        view = ClaimView.evolve(view, new ConflictLinked(ID, other, null, "linked by hand", ClaimState.DISPUTED), 1, T1);
        view = ClaimView.evolve(view, new ConflictLinked(ID, null, side, "found", ClaimState.DISPUTED), 2, T1);
        view = ClaimView.evolve(view, new ConflictClosed(ID, null, side, other, ClaimState.DISPUTED), 3, T2);

        assertThat(view.conflicts()).containsExactly(
                new ClaimView.ConflictEntry(other, null, "linked by hand", true),
                new ClaimView.ConflictEntry(null, side, "found", false));
    }

    @Test
    void theConflictWithTheSidesIsOneEntryThatClosesWithTheSidesOfOldStreams() {
        ClaimId other = ClaimId.random();
        PropositionSide side = new PropositionSide("russia-dprk-treaty-signing-date", 2, "exactly 1,500 troops");
        ClaimView view = ClaimView.evolve(null, PROPOSED, 0, T0);
        view = ClaimView.evolve(view, new ConflictLinked(ID, other, null, "linked by hand", ClaimState.DISPUTED), 1, T1);
        view = ClaimView.evolve(view, new ConflictLinked(ID, null, side, "of old", ClaimState.DISPUTED), 2, T1);
        view = ClaimView.evolve(view, new SidesConflictLinked(ID, PROPOSED.proposition(), "found",
                ClaimState.DISPUTED), 3, T1);
        view = ClaimView.evolve(view, new SidesConflictLinked(ID, PROPOSED.proposition(), "found again",
                ClaimState.DISPUTED), 4, T1);
        assertThat(view.conflicts()).containsExactly(
                new ClaimView.ConflictEntry(other, null, "linked by hand", true),
                new ClaimView.ConflictEntry(null, side, "of old", true),
                new ClaimView.ConflictEntry(null, null, "found again", true));

        view = ClaimView.evolve(view, new SidesConflictClosed(ID, PROPOSED.proposition(), other,
                ClaimState.DISPUTED), 5, T2);
        assertThat(view.conflicts()).containsExactly(
                new ClaimView.ConflictEntry(other, null, "linked by hand", true),
                new ClaimView.ConflictEntry(null, side, "of old", false),
                new ClaimView.ConflictEntry(null, null, "found again", false));
    }

    @Test
    void theSidesAClaimDisagreesWithAreShownOnItsConflictWithTheSidesOnly() {
        ClaimId other = ClaimId.random();
        PropositionSide side = new PropositionSide("russia-dprk-treaty-signing-date", 2, "exactly 1,500 troops");
        ClaimView view = ClaimView.evolve(null, PROPOSED, 0, T0);
        view = ClaimView.evolve(view, new ConflictLinked(ID, other, null, "linked by hand", ClaimState.DISPUTED), 1, T1);
        view = ClaimView.evolve(view, new SidesConflictLinked(ID, PROPOSED.proposition(), "found",
                ClaimState.DISPUTED), 2, T1);
        ClaimView.DisagreeingSides sides = new ClaimView.DisagreeingSides(7, List.of(side));

        assertThat(view.withDisagreeingSides(sides).conflicts()).containsExactly(
                new ClaimView.ConflictEntry(other, null, "linked by hand", true),
                new ClaimView.ConflictEntry(null, null, "found", true, sides));
        assertThat(view.withDisagreeingSides(sides).version()).isEqualTo(view.version());
    }

    @Test
    void aVerdictNeedsAClaim() {
        assertThatNullPointerException().isThrownBy(() -> ClaimView.evolve(null,
                new VerdictSubmitted(ID, "reviewer1", Verdict.DENY, "no", List.of(), ClaimState.PROPOSED), 1, T1));
    }
}
