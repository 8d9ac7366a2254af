package org.claimtrail.command.proposition;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.claimtrail.api.claim.ClaimId;
import org.claimtrail.api.claim.Qualifier;
import org.claimtrail.api.claim.Quantity;
import org.claimtrail.api.proposition.ClaimRegistered;
import org.claimtrail.api.proposition.PropositionKey;
import org.claimtrail.api.proposition.PropositionSide;
import org.claimtrail.api.proposition.RecordDenial;
import org.claimtrail.api.proposition.RegisterClaim;
import org.claimtrail.api.proposition.SideClaimDenied;
import org.claimtrail.api.proposition.SideClaimRestored;
import org.claimtrail.api.proposition.SideConflictFound;
import org.claimtrail.api.proposition.SideConflictSettled;
import org.claimtrail.api.quantity.UnitNormalizer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

class PropositionTest {

    private static final PropositionKey KEY = PropositionKey.of("dprk-troops-in-russia-2024");
    private static final ClaimId US = ClaimId.random();
    private static final ClaimId NIS = ClaimId.random();
    private static final ClaimId DENIAL = ClaimId.random();
    private static final Quantity AT_LEAST_3000 = Quantity.of(new BigDecimal("3000"), Qualifier.AT_LEAST, "soldiers");
    private static final Quantity EXACTLY_1500 = Quantity.of(new BigDecimal("1500"), Qualifier.EXACT, "troops");
    private static final PropositionSide SIDE_3000 = new PropositionSide(KEY.value(), 1, "at least 3,000 soldiers");
    private static final PropositionSide SIDE_1500 = new PropositionSide(KEY.value(), 2, "exactly 1,500 troops");

    private FixtureConfiguration<Proposition> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Proposition.class);
        fixture.registerInjectableResource(UnitNormalizer.withDefaults());
    }

    @Test
    void theFirstClaimOpensTheProposition() {
        fixture.givenNoPriorActivity()
                .when(new RegisterClaim(KEY, US, AT_LEAST_3000))
                .expectEvents(new ClaimRegistered(KEY, US, AT_LEAST_3000, "soldier", 1));
    }

    @Test
    void aClaimOnADisagreeingSideConflictsWithTheSideAndTheSideWithIt() {
        fixture.given(new ClaimRegistered(KEY, US, AT_LEAST_3000, "soldier", 1))
                .when(new RegisterClaim(KEY, NIS, EXACTLY_1500))
                .expectEvents(new ClaimRegistered(KEY, NIS, EXACTLY_1500, "soldier", 2),
                        new SideConflictFound(KEY, NIS, SIDE_3000, "exactly 1,500 troops vs at least 3,000 soldiers",
                                null),
                        new SideConflictFound(KEY, US, SIDE_1500, "at least 3,000 soldiers vs exactly 1,500 troops",
                                null));
    }

    @Test
    void aClaimJoiningASideConflictsOnceWithEachDisagreeingSideWhateverTheCrowd() {
        ClaimId another = ClaimId.random();
        Quantity alsoAtLeast3000 = Quantity.of(new BigDecimal("3000.0"), Qualifier.AT_LEAST, "troops");
        fixture.given(new ClaimRegistered(KEY, US, AT_LEAST_3000, "soldier", 1),
                        new ClaimRegistered(KEY, NIS, EXACTLY_1500, "soldier", 2),
                        new ClaimRegistered(KEY, ClaimId.random(), EXACTLY_1500, "soldier", 2),
                        new ClaimRegistered(KEY, ClaimId.random(), EXACTLY_1500, "soldier", 2))
                .when(new RegisterClaim(KEY, another, alsoAtLeast3000))
                .expectEvents(new ClaimRegistered(KEY, another, alsoAtLeast3000, "soldier", 1),
                        new SideConflictFound(KEY, another, SIDE_1500,
                                "at least 3,000 troops vs exactly 1,500 troops", null));
    }

    @Test
    void aClaimAgainstASideWhoseClaimsAreAllDeniedIsLinkedClosed() {
        ClaimId another = ClaimId.random();
        fixture.given(new ClaimRegistered(KEY, US, AT_LEAST_3000, "soldier", 1),
                        new SideClaimDenied(KEY, US))
                .when(new RegisterClaim(KEY, another, EXACTLY_1500))
                .expectEvents(new ClaimRegistered(KEY, another, EXACTLY_1500, "soldier", 2),
                        new SideConflictFound(KEY, another, SIDE_3000,
                                "exactly 1,500 troops vs at least 3,000 soldiers", US),
                        new SideConflictFound(KEY, US, SIDE_1500, "at least 3,000 soldiers vs exactly 1,500 troops",
                                null));
    }

    @Test
    void denyingTheLastStandingClaimOfASideSettlesItsConflicts() {
        ClaimId nis2 = ClaimId.random();
        fixture.given(new ClaimRegistered(KEY, US, AT_LEAST_3000, "soldier", 1),
                        new ClaimRegistered(KEY, NIS, EXACTLY_1500, "soldier", 2),
                        new ClaimRegistered(KEY, nis2, EXACTLY_1500, "soldier", 2))
                .when(new RecordDenial(KEY, US, true))
                .expectEvents(new SideClaimDenied(KEY, US),
                        new SideConflictSettled(KEY, NIS, SIDE_3000, US),
                        new SideConflictSettled(KEY, nis2, SIDE_3000, US));
    }

    @Test
    void denyingOneOfTwoStandingClaimsLeavesTheSideStanding() {
        fixture.given(new ClaimRegistered(KEY, US, AT_LEAST_3000, "soldier", 1),
                        new ClaimRegistered(KEY, DENIAL, AT_LEAST_3000, "soldier", 1),
                        new ClaimRegistered(KEY, NIS, EXACTLY_1500, "soldier", 2))
                .when(new RecordDenial(KEY, US, true))
                .expectEvents(new SideClaimDenied(KEY, US));
    }

    @Test
    void aDenialTakenBackStandsTheSideUpAgainAndReopensItsConflicts() {
        fixture.given(new ClaimRegistered(KEY, US, AT_LEAST_3000, "soldier", 1),
                        new ClaimRegistered(KEY, NIS, EXACTLY_1500, "soldier", 2),
                        new SideClaimDenied(KEY, US))
                .when(new RecordDenial(KEY, US, false))
                .expectEvents(new SideClaimRestored(KEY, US),
                        new SideConflictFound(KEY, NIS, SIDE_3000, "exactly 1,500 troops vs at least 3,000 soldiers",
                                null));
    }

    @Test
    void aStandingThatIsAlreadyKnownChangesNothing() {
        fixture.given(new ClaimRegistered(KEY, US, AT_LEAST_3000, "soldier", 1))
                .when(new RecordDenial(KEY, US, false))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void claimsRegisteredBeforeSidesJoinTheSideOfTheirInterval() {
        ClaimId another = ClaimId.random();
        fixture.given(new ClaimRegistered(KEY, US, AT_LEAST_3000, "soldier", null),
                        new ClaimRegistered(KEY, NIS, EXACTLY_1500, "soldier", null))
                .when(new RegisterClaim(KEY, another, EXACTLY_1500))
                .expectEvents(new ClaimRegistered(KEY, another, EXACTLY_1500, "soldier", 2),
                        new SideConflictFound(KEY, another, SIDE_3000,
                                "exactly 1,500 troops vs at least 3,000 soldiers", null));
    }

    @Test
    void overlappingIntervalsDoNotConflict() {
        Quantity about3500 = Quantity.of(new BigDecimal("3500"), Qualifier.APPROXIMATELY, "soldiers");
        fixture.given(new ClaimRegistered(KEY, US, AT_LEAST_3000, "soldier", 1))
                .when(new RegisterClaim(KEY, NIS, about3500))
                .expectEvents(new ClaimRegistered(KEY, NIS, about3500, "soldier", 2));
    }

    @Test
    void incomparableUnitsNeverConflict() {
        Quantity battalions = Quantity.of(new BigDecimal("2"), Qualifier.EXACT, "battalions");
        fixture.given(new ClaimRegistered(KEY, US, AT_LEAST_3000, "soldier", 1))
                .when(new RegisterClaim(KEY, NIS, battalions))
                .expectEvents(new ClaimRegistered(KEY, NIS, battalions, "battalion", 2));
    }

    @Test
    void aClaimWithoutANumberIsRegisteredAndComparedWithNothing() {
        fixture.given(new ClaimRegistered(KEY, US, AT_LEAST_3000, "soldier", 1))
                .when(new RegisterClaim(KEY, DENIAL, null))
                .expectEvents(new ClaimRegistered(KEY, DENIAL, null, null, null));
    }

    @Test
    void registeringAgainChangesNothing() {
        fixture.given(new ClaimRegistered(KEY, US, AT_LEAST_3000, "soldier", 1))
                .when(new RegisterClaim(KEY, US, AT_LEAST_3000))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }
}
