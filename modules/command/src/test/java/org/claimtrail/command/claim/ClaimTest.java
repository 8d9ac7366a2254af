package org.claimtrail.command.claim;

import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.claimtrail.api.EvidenceLimitReached;
import org.claimtrail.api.WorkflowViolation;
import org.claimtrail.api.claim.AttachEvidence;
import org.claimtrail.api.claim.ClaimId;
import org.claimtrail.api.claim.ClaimProposed;
import org.claimtrail.api.claim.ClaimState;
import org.claimtrail.api.claim.ClaimView;
import org.claimtrail.api.claim.EvidenceAttached;
import org.claimtrail.api.claim.ProposeClaim;
import org.claimtrail.api.claim.Qualifier;
import org.claimtrail.api.claim.Quantity;
import org.claimtrail.api.claim.Source;
import org.claimtrail.api.claim.Stance;
import org.claimtrail.api.claim.SubmitVerdict;
import org.claimtrail.api.claim.Verdict;
import org.claimtrail.api.claim.VerdictSubmitted;
import org.claimtrail.api.proposition.PropositionFull;
import org.claimtrail.audit.link.ClaimChain;
import org.claimtrail.command.proposition.InMemoryPropositions;
import org.hamcrest.CustomTypeSafeMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

import static org.hamcrest.Matchers.containsString;

class ClaimTest {

    private static final ClaimId ID = ClaimId.random();
    private static final Source SOURCE = new Source("Anadolu Agency", "https://example.org/a", "Treaty signed",
            "The agreement was signed on Wednesday.", LocalDate.of(2024, 6, 19), Stance.SUPPORTS);
    private static final Quantity TROOPS = Quantity.of(new BigDecimal("3000"), Qualifier.AT_LEAST, "soldiers");

    private static final int LIMIT = 52;

    private final InMemoryPropositions propositions = new InMemoryPropositions(2, 1);
    private FixtureConfiguration<Claim> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Claim.class);
        fixture.registerInjectableResource(new WorkflowProperties(2));
        fixture.registerInjectableResource(new EvidenceLimit(LIMIT));
        fixture.registerInjectableResource(new ClaimChain(fixture.getEventStore(), Jackson3Serializer.builder().build()));
        fixture.registerInjectableResource(propositions.registrations());
    }

    private static ProposeClaim proposal(ClaimId id, Quantity quantity) {
        return new ProposeClaim(id, "Soldiers entered Russia.", "dprk-troops-in-russia-2024", quantity,
                "United States government", List.of(SOURCE), "contributor");
    }

    @Test
    void aProposalOnAPropositionHoldingAsManyClaimsAsItMayIsRefusedAndNothingIsProposed() {
        propositions.registered(proposal(ClaimId.random(), TROOPS));
        propositions.registered(proposal(ClaimId.random(), null));
        fixture.givenNoPriorActivity()
                .when(proposal(ID, TROOPS))
                .expectException(PropositionFull.class)
                .expectExceptionMessage(containsString("holds 2 claims"))
                .expectNoEvents();
    }

    @Test
    void aProposalOfANewQuantityOnAPropositionWithAsManySidesAsItMayIsRefused() {
        propositions.registered(proposal(ClaimId.random(), TROOPS));
        fixture.givenNoPriorActivity()
                .when(proposal(ID, Quantity.of(new BigDecimal("1500"), Qualifier.EXACT, "troops")))
                .expectException(PropositionFull.class)
                .expectExceptionMessage(containsString("has 1 sides"))
                .expectNoEvents();
    }

    @Test
    void aProposalOfAQuantityASideStatesAlreadyIsTakenAtTheCapOnSides() {
        propositions.registered(proposal(ClaimId.random(), TROOPS));
        fixture.givenNoPriorActivity()
                .when(proposal(ID, Quantity.of(new BigDecimal("3000.0"), Qualifier.AT_LEAST, "troops")))
                .expectSuccessfulHandlerExecution();
    }

    private static ClaimProposed proposed(String by) {
        return new ClaimProposed(ID, "At least 3,000 soldiers entered Russia.", "dprk-troops-in-russia-2024",
                TROOPS, "United States government", List.of(SOURCE), by, ClaimState.PROPOSED);
    }

    private static SubmitVerdict verdict(String reviewer, Verdict verdict) {
        return new SubmitVerdict(ID, reviewer, verdict, "because", List.of());
    }

    private static VerdictSubmitted submitted(String reviewer, Verdict verdict, ClaimState state) {
        return new VerdictSubmitted(ID, reviewer, verdict, "because", List.of(), state);
    }

    @Test
    void aProposedClaimStartsInProposed() {
        fixture.givenNoPriorActivity()
                .when(new ProposeClaim(ID, "At least 3,000 soldiers entered Russia.", "dprk-troops-in-russia-2024",
                        TROOPS, "United States government", List.of(SOURCE), "contributor"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(proposed("contributor"));
    }

    @Test
    void oneCorroborationIsBelowTheQuorum() {
        fixture.given(proposed("contributor"))
                .when(verdict("reviewer1", Verdict.CORROBORATE))
                .expectEvents(submitted("reviewer1", Verdict.CORROBORATE, ClaimState.PROPOSED));
    }

    @Test
    void aQuorumOfCorroborationsCorroborates() {
        fixture.given(proposed("contributor"), submitted("reviewer1", Verdict.CORROBORATE, ClaimState.PROPOSED))
                .when(verdict("reviewer2", Verdict.CORROBORATE))
                .expectEvents(submitted("reviewer2", Verdict.CORROBORATE, ClaimState.CORROBORATED));
    }

    @Test
    void aQuorumOfDenialsDenies() {
        fixture.given(proposed("contributor"), submitted("reviewer1", Verdict.DENY, ClaimState.PROPOSED))
                .when(verdict("reviewer2", Verdict.DENY))
                .expectEvents(submitted("reviewer2", Verdict.DENY, ClaimState.DENIED));
    }

    @Test
    void aNewVerdictReplacesTheReviewersEarlierOne() {
        // Were reviewer1's first corroboration still active, it would dispute the claim instead of denying it.
        fixture.given(proposed("contributor"),
                        submitted("reviewer1", Verdict.CORROBORATE, ClaimState.PROPOSED),
                        submitted("reviewer1", Verdict.DENY, ClaimState.PROPOSED))
                .when(verdict("reviewer2", Verdict.DENY))
                .expectEvents(submitted("reviewer2", Verdict.DENY, ClaimState.DENIED));
    }

    @Test
    void aRepeatedCorroborationByOneReviewerIsNoQuorum() {
        fixture.given(proposed("contributor"), submitted("reviewer1", Verdict.CORROBORATE, ClaimState.PROPOSED))
                .when(verdict("reviewer1", Verdict.CORROBORATE))
                .expectEvents(submitted("reviewer1", Verdict.CORROBORATE, ClaimState.PROPOSED));
    }

    @Test
    void aDisputeDisputes() {
        fixture.given(proposed("contributor"))
                .when(verdict("reviewer1", Verdict.DISPUTE))
                .expectEvents(submitted("reviewer1", Verdict.DISPUTE, ClaimState.DISPUTED));
    }

    @Test
    void theQuorumIsConfigurable() {
        FixtureConfiguration<Claim> quorumOfOne = new AggregateTestFixture<>(Claim.class);
        quorumOfOne.registerInjectableResource(new WorkflowProperties(1));
        quorumOfOne.registerInjectableResource(new EvidenceLimit(LIMIT));
        quorumOfOne.registerInjectableResource(new ClaimChain(quorumOfOne.getEventStore(), Jackson3Serializer.builder().build()));
        quorumOfOne.given(proposed("contributor"))
                .when(verdict("reviewer1", Verdict.CORROBORATE))
                .expectEvents(submitted("reviewer1", Verdict.CORROBORATE, ClaimState.CORROBORATED));
    }

    @Test
    void aVerdictIsAnsweredWithTheClaimAsItStandsAfterIt() {
        fixture.given(proposed("contributor"), submitted("reviewer1", Verdict.CORROBORATE, ClaimState.PROPOSED))
                .when(verdict("reviewer2", Verdict.CORROBORATE))
                .expectResultMessagePayloadMatching(claim(view -> view.state() == ClaimState.CORROBORATED
                        && view.version() == 2
                        && view.verdicts().stream().map(ClaimView.VerdictEntry::reviewer).toList()
                        .equals(List.of("reviewer1", "reviewer2"))));
    }

    /** A claim proposed with one source that has since been given {@code attached} more. */
    private static Object[] withSources(int attached) {
        Object[] events = new Object[1 + attached];
        events[0] = proposed("contributor");
        for (int i = 1; i <= attached; i++) {
            events[i] = new EvidenceAttached(ID, SOURCE, "contributor", ClaimState.PROPOSED);
        }
        return events;
    }

    @Test
    void evidenceIsAttachedUpToTheLimitAndEachEventCarriesOnlyItsOwnSource() {
        fixture.given(withSources(LIMIT - 2))
                .when(new AttachEvidence(ID, SOURCE, "contributor"))
                .expectEvents(new EvidenceAttached(ID, SOURCE, "contributor", ClaimState.PROPOSED))
                .expectResultMessagePayloadMatching(claim(view -> view.sources().size() == LIMIT));
    }

    @Test
    void evidenceBeyondTheLimitIsRefused() {
        fixture.given(withSources(LIMIT - 1))
                .when(new AttachEvidence(ID, SOURCE, "contributor"))
                .expectNoEvents()
                .expectException(EvidenceLimitReached.class)
                .expectExceptionMessage("This claim holds 52 sources and may hold at most 52; nothing was attached.");
    }

    @Test
    void aVerdictWhoseEvidenceWouldPassTheLimitIsRefused() {
        fixture.given(withSources(LIMIT - 2))
                .when(new SubmitVerdict(ID, "reviewer1", Verdict.CORROBORATE, "because", List.of(SOURCE, SOURCE)))
                .expectNoEvents()
                .expectException(EvidenceLimitReached.class);
    }

    private static Matcher<ClaimView> claim(Predicate<ClaimView> expected) {
        return new CustomTypeSafeMatcher<>("the claim after the command") {
            @Override
            protected boolean matchesSafely(ClaimView view) {
                return expected.test(view);
            }
        };
    }

    @Test
    void aReviewerMayNotJudgeTheirOwnClaim() {
        fixture.given(proposed("reviewer1"))
                .when(verdict("reviewer1", Verdict.CORROBORATE))
                .expectException(WorkflowViolation.class)
                .expectNoEvents();
    }
}
