package org.claimtrail.command.claim;

import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.claimtrail.api.WorkflowViolation;
import org.claimtrail.api.claim.AttachEvidence;
import org.claimtrail.api.claim.ClaimId;
import org.claimtrail.api.claim.ClaimProposed;
import org.claimtrail.api.claim.ClaimReopened;
import org.claimtrail.api.claim.ClaimState;
import org.claimtrail.api.claim.CloseConflict;
import org.claimtrail.api.claim.ConflictClosed;
import org.claimtrail.api.claim.ConflictLinked;
import org.claimtrail.api.claim.EvidenceAttached;
import org.claimtrail.api.claim.LinkConflict;
import org.claimtrail.api.claim.CloseSidesConflict;
import org.claimtrail.api.claim.LinkSidesConflict;
import org.claimtrail.api.claim.ReopenClaim;
import org.claimtrail.api.claim.SidesConflictClosed;
import org.claimtrail.api.claim.SidesConflictLinked;
import org.claimtrail.api.claim.Source;
import org.claimtrail.api.claim.Stance;
import org.claimtrail.api.claim.SubmitVerdict;
import org.claimtrail.api.claim.Verdict;
import org.claimtrail.api.claim.VerdictSubmitted;
import org.claimtrail.api.claim.VerdictWithdrawn;
import org.claimtrail.api.claim.WithdrawVerdict;
import org.claimtrail.api.proposition.PropositionSide;
import org.claimtrail.audit.link.ClaimChain;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.claimtrail.api.claim.ClaimState.DENIED;
import static org.claimtrail.api.claim.ClaimState.DISPUTED;
import static org.claimtrail.api.claim.ClaimState.PROPOSED;

/** Rules 2, 4, 5, 6 (docs/architecture.md): withdrawals, conflicts and their closing, reopening, evidence. */
class ClaimConflictTest {

    private static final ClaimId ID = ClaimId.random();
    private static final ClaimId OTHER = ClaimId.random();
    private static final ClaimId THIRD = ClaimId.random();
    private static final String REASON = "at least 3,000 soldiers vs exactly 1,500 troops";
    private static final String PROPOSITION = "dprk-troops-in-russia-2024";
    private static final PropositionSide SIDE = new PropositionSide(PROPOSITION, 2, "exactly 1,500 troops");
    private static final PropositionSide OTHER_SIDE = new PropositionSide(PROPOSITION, 3, "exactly 10 soldiers");
    private static final Source EVIDENCE = new Source("KCNA", "https://example.org/kcna", null,
            "North Korea denies sending troops.", null, Stance.CONTRADICTS);

    private FixtureConfiguration<Claim> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Claim.class);
        fixture.registerInjectableResource(new WorkflowProperties(2));
        fixture.registerInjectableResource(new EvidenceLimit(200));
        fixture.registerInjectableResource(new ClaimChain(fixture.getEventStore(), Jackson3Serializer.builder().build()));
    }

    private static ClaimProposed proposed() {
        return new ClaimProposed(ID, "1,500 troops were sent.", "dprk-troops-in-russia-2024", null, "NIS",
                List.of(EVIDENCE), "contributor", PROPOSED);
    }

    private static VerdictSubmitted submitted(String reviewer, Verdict verdict, ClaimState state) {
        return new VerdictSubmitted(ID, reviewer, verdict, "because", List.of(), state);
    }

    @Test
    void anOpenConflictDisputesTheClaim() {
        fixture.given(proposed())
                .when(LinkConflict.withClaim(ID, OTHER, REASON))
                .expectEvents(new ConflictLinked(ID, OTHER, null, REASON, DISPUTED));
    }

    @Test
    void linkingTwiceChangesNothing() {
        fixture.given(proposed(), new ConflictLinked(ID, OTHER, null, REASON, DISPUTED))
                .when(LinkConflict.withClaim(ID, OTHER, "again"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aClaimCannotConflictWithItself() {
        fixture.given(proposed())
                .when(LinkConflict.withClaim(ID, ID, REASON))
                .expectException(WorkflowViolation.class);
    }

    @Test
    void beingDeniedClosesEveryOpenConflict() {
        fixture.given(proposed(), new ConflictLinked(ID, OTHER, null, REASON, DISPUTED),
                        new ConflictLinked(ID, THIRD, null, REASON, DISPUTED),
                        submitted("reviewer1", Verdict.DENY, DISPUTED))
                .when(new SubmitVerdict(ID, "reviewer2", Verdict.DENY, "because", List.of()))
                .expectEvents(submitted("reviewer2", Verdict.DENY, DENIED),
                        new ConflictClosed(ID, OTHER, null, ID, DENIED),
                        new ConflictClosed(ID, THIRD, null, ID, DENIED));
    }

    @Test
    void theOtherClaimsDenialClosesTheConflictAndTheStateIsDerivedAgain() {
        fixture.given(proposed(), new ConflictLinked(ID, OTHER, null, REASON, DISPUTED))
                .when(new CloseConflict(ID, OTHER, null, OTHER))
                .expectEvents(new ConflictClosed(ID, OTHER, null, OTHER, PROPOSED));
    }

    @Test
    void closingAClosedConflictChangesNothing() {
        fixture.given(proposed(), new ConflictLinked(ID, OTHER, null, REASON, DISPUTED),
                        new ConflictClosed(ID, OTHER, null, OTHER, PROPOSED))
                .when(new CloseConflict(ID, OTHER, null, OTHER))
                .expectNoEvents();
    }

    @Test
    void aConflictWithADeniedClaimIsClosedFromTheStart() {
        fixture.given(proposed(), submitted("reviewer1", Verdict.DENY, PROPOSED),
                        submitted("reviewer2", Verdict.DENY, DENIED))
                .when(LinkConflict.withClaim(ID, OTHER, REASON))
                .expectEvents(new ConflictLinked(ID, OTHER, null, REASON, DENIED), new ConflictClosed(ID, OTHER, null, ID, DENIED));
    }

    @Test
    void aConflictWithASideDisputesTheClaim() {
        fixture.given(proposed())
                .when(new LinkConflict(ID, null, SIDE, REASON))
                .expectEvents(new ConflictLinked(ID, null, SIDE, REASON, DISPUTED));
    }

    @Test
    void aConflictWithASideClosesWhenTheSideFalls() {
        fixture.given(proposed(), new ConflictLinked(ID, null, SIDE, REASON, DISPUTED))
                .when(new CloseConflict(ID, null, SIDE, OTHER))
                .expectEvents(new ConflictClosed(ID, null, SIDE, OTHER, PROPOSED));
    }

    @Test
    void aDeniedClaimLinkedAgainToASideItsDenialClosedStaysAsItIs() {
        fixture.given(proposed(), new ConflictLinked(ID, null, SIDE, REASON, DISPUTED),
                        submitted("reviewer1", Verdict.DENY, DISPUTED),
                        submitted("reviewer2", Verdict.DENY, DENIED),
                        new ConflictClosed(ID, null, SIDE, ID, DENIED))
                .when(new LinkConflict(ID, null, SIDE, REASON))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    /** A stream of the old shape, linked side by side: taken back, the denial reopens the conflict as one. */
    @Test
    void ceasingToBeDeniedReopensAConflictWithASideAsTheConflictWithTheSides() {
        fixture.given(proposed(), new ConflictLinked(ID, null, SIDE, REASON, DISPUTED),
                        new ConflictLinked(ID, null, OTHER_SIDE, REASON, DISPUTED),
                        submitted("reviewer1", Verdict.DENY, DISPUTED),
                        submitted("reviewer2", Verdict.DENY, DENIED),
                        new ConflictClosed(ID, null, SIDE, ID, DENIED),
                        new ConflictClosed(ID, null, OTHER_SIDE, ID, DENIED))
                .when(new ReopenClaim(ID, "New footage.", "editor"))
                .expectEvents(new ClaimReopened(ID, "New footage.", "editor", PROPOSED),
                        new SidesConflictLinked(ID, PROPOSITION, REASON, DISPUTED));
    }

    @Test
    void aStandingSideThatDisagreesDisputesTheClaim() {
        fixture.given(proposed())
                .when(new LinkSidesConflict(ID, PROPOSITION, REASON))
                .expectEvents(new SidesConflictLinked(ID, PROPOSITION, REASON, DISPUTED));
    }

    @Test
    void theConflictWithTheSidesIsLinkedOnceHoweverManyOfThemStand() {
        fixture.given(proposed(), new SidesConflictLinked(ID, PROPOSITION, REASON, DISPUTED))
                .when(new LinkSidesConflict(ID, PROPOSITION, "exactly 1,500 troops vs exactly 10 soldiers"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aClaimInConflictWithASideAsOldStreamsHoldItIsNotLinkedAgain() {
        fixture.given(proposed(), new ConflictLinked(ID, null, SIDE, REASON, DISPUTED))
                .when(new LinkSidesConflict(ID, PROPOSITION, REASON))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void whenNoDisagreeingSideStandsTheConflictClosesAndTheStateIsDerivedAgain() {
        fixture.given(proposed(), new SidesConflictLinked(ID, PROPOSITION, REASON, DISPUTED))
                .when(new CloseSidesConflict(ID, PROPOSITION, OTHER))
                .expectEvents(new SidesConflictClosed(ID, PROPOSITION, OTHER, PROPOSED));
    }

    @Test
    void closingTheConflictWithTheSidesClosesTheConflictsWithOneSideOfOldStreamsWithIt() {
        fixture.given(proposed(), new ConflictLinked(ID, null, SIDE, REASON, DISPUTED),
                        new ConflictLinked(ID, null, OTHER_SIDE, REASON, DISPUTED),
                        new ConflictLinked(ID, THIRD, null, REASON, DISPUTED))
                .when(new CloseSidesConflict(ID, PROPOSITION, OTHER))
                // Still disputed: the conflict linked by hand with THIRD stays open.
                .expectEvents(new SidesConflictClosed(ID, PROPOSITION, OTHER, DISPUTED));
    }

    @Test
    void closingTheConflictWithTheSidesWhenNoneIsOpenChangesNothing() {
        fixture.given(proposed())
                .when(new CloseSidesConflict(ID, PROPOSITION, OTHER))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void beingDeniedClosesTheConflictWithTheSidesAsOne() {
        fixture.given(proposed(), new SidesConflictLinked(ID, PROPOSITION, REASON, DISPUTED),
                        new ConflictLinked(ID, OTHER, null, REASON, DISPUTED),
                        submitted("reviewer1", Verdict.DENY, DISPUTED))
                .when(new SubmitVerdict(ID, "reviewer2", Verdict.DENY, "because", List.of()))
                .expectEvents(submitted("reviewer2", Verdict.DENY, DENIED),
                        new ConflictClosed(ID, OTHER, null, ID, DENIED),
                        new SidesConflictClosed(ID, PROPOSITION, ID, DENIED));
    }

    @Test
    void ceasingToBeDeniedReopensTheConflictWithTheSides() {
        fixture.given(proposed(), new SidesConflictLinked(ID, PROPOSITION, REASON, DISPUTED),
                        submitted("reviewer1", Verdict.DENY, DISPUTED),
                        submitted("reviewer2", Verdict.DENY, DENIED),
                        new SidesConflictClosed(ID, PROPOSITION, ID, DENIED))
                .when(new WithdrawVerdict(ID, "reviewer2"))
                .expectEvents(new VerdictWithdrawn(ID, "reviewer2", Verdict.DENY, PROPOSED),
                        new SidesConflictLinked(ID, PROPOSITION, REASON, DISPUTED));
    }

    @Test
    void sidesThatFallWhileTheClaimIsDeniedAreRecordedSoThatTheyDoNotReopen() {
        fixture.given(proposed(), new SidesConflictLinked(ID, PROPOSITION, REASON, DISPUTED),
                        submitted("reviewer1", Verdict.DENY, DISPUTED),
                        submitted("reviewer2", Verdict.DENY, DENIED),
                        new SidesConflictClosed(ID, PROPOSITION, ID, DENIED))
                .when(new CloseSidesConflict(ID, PROPOSITION, OTHER))
                .expectEvents(new SidesConflictClosed(ID, PROPOSITION, OTHER, DENIED));
    }

    @Test
    void aDenialTakenBackAfterTheSidesFellLeavesTheClaimUndisputed() {
        fixture.given(proposed(), new SidesConflictLinked(ID, PROPOSITION, REASON, DISPUTED),
                        submitted("reviewer1", Verdict.DENY, DISPUTED),
                        submitted("reviewer2", Verdict.DENY, DENIED),
                        new SidesConflictClosed(ID, PROPOSITION, ID, DENIED),
                        new SidesConflictClosed(ID, PROPOSITION, OTHER, DENIED))
                .when(new WithdrawVerdict(ID, "reviewer2"))
                .expectEvents(new VerdictWithdrawn(ID, "reviewer2", Verdict.DENY, PROPOSED));
    }

    @Test
    void aDeniedClaimToldOfAStandingSideRecordsTheConflictClosedByItsOwnDenial() {
        fixture.given(proposed(), submitted("reviewer1", Verdict.DENY, PROPOSED),
                        submitted("reviewer2", Verdict.DENY, DENIED))
                .when(new LinkSidesConflict(ID, PROPOSITION, REASON))
                .expectEvents(new SidesConflictLinked(ID, PROPOSITION, REASON, DENIED),
                        new SidesConflictClosed(ID, PROPOSITION, ID, DENIED));
    }

    @Test
    void aDeniedClaimToldAgainOfAStandingSideStaysAsItIs() {
        fixture.given(proposed(), submitted("reviewer1", Verdict.DENY, PROPOSED),
                        submitted("reviewer2", Verdict.DENY, DENIED),
                        new SidesConflictLinked(ID, PROPOSITION, REASON, DENIED),
                        new SidesConflictClosed(ID, PROPOSITION, ID, DENIED))
                .when(new LinkSidesConflict(ID, PROPOSITION, REASON))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aWithdrawalIsTheReviewersOwnAndStateIsDerivedAgain() {
        fixture.given(proposed(), submitted("reviewer1", Verdict.DISPUTE, DISPUTED))
                .when(new WithdrawVerdict(ID, "reviewer1"))
                .expectEvents(new VerdictWithdrawn(ID, "reviewer1", Verdict.DISPUTE, PROPOSED));
    }

    @Test
    void withdrawingWithoutAVerdictIsRefused() {
        fixture.given(proposed(), submitted("reviewer1", Verdict.DISPUTE, DISPUTED))
                .when(new WithdrawVerdict(ID, "reviewer2"))
                .expectException(WorkflowViolation.class)
                .expectNoEvents();
    }

    @Test
    void ceasingToBeDeniedReopensTheConflictsTheDenialClosed() {
        fixture.given(proposed(), new ConflictLinked(ID, OTHER, null, REASON, DISPUTED),
                        submitted("reviewer1", Verdict.DENY, DISPUTED),
                        submitted("reviewer2", Verdict.DENY, DENIED),
                        new ConflictClosed(ID, OTHER, null, ID, DENIED))
                .when(new WithdrawVerdict(ID, "reviewer2"))
                .expectEvents(new VerdictWithdrawn(ID, "reviewer2", Verdict.DENY, PROPOSED),
                        new ConflictLinked(ID, OTHER, null, REASON, DISPUTED));
    }

    @Test
    void anEditorReopensADecidedClaimSettingItsVerdictsAside() {
        fixture.given(proposed(), submitted("reviewer1", Verdict.DENY, PROPOSED),
                        submitted("reviewer2", Verdict.DENY, DENIED))
                .when(new ReopenClaim(ID, "New footage contradicts the denials.", "editor"))
                .expectEvents(new ClaimReopened(ID, "New footage contradicts the denials.", "editor", PROPOSED));
    }

    @Test
    void afterAReopenOneNewVerdictIsBelowTheQuorumAgain() {
        fixture.given(proposed(), submitted("reviewer1", Verdict.DENY, PROPOSED),
                        submitted("reviewer2", Verdict.DENY, DENIED),
                        new ClaimReopened(ID, "why", "editor", PROPOSED))
                .when(new SubmitVerdict(ID, "reviewer1", Verdict.DENY, "because", List.of()))
                .expectEvents(submitted("reviewer1", Verdict.DENY, PROPOSED));
    }

    @Test
    void anUndecidedClaimCannotBeReopened() {
        fixture.given(proposed(), submitted("reviewer1", Verdict.DISPUTE, DISPUTED))
                .when(new ReopenClaim(ID, "why", "editor"))
                .expectException(WorkflowViolation.class)
                .expectNoEvents();
    }

    @Test
    void evidenceIsAttachedWithoutChangingTheState() {
        fixture.given(proposed(), submitted("reviewer1", Verdict.DISPUTE, DISPUTED))
                .when(new AttachEvidence(ID, EVIDENCE, "reviewer2"))
                .expectEvents(new EvidenceAttached(ID, EVIDENCE, "reviewer2", DISPUTED));
    }
}
