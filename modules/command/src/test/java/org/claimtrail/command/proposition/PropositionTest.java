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
import org.claimtrail.api.proposition.SidesConflictFound;
import org.claimtrail.api.proposition.SidesConflictSettled;
import org.claimtrail.api.quantity.UnitNormalizer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

/** Rules 5 and 9 (docs/architecture.md) on the proposition: sides, and whom a side's standing tells. */
class PropositionTest {

    private static final PropositionKey KEY = PropositionKey.of("dprk-troops-in-russia-2024");
    private static final ClaimId US = ClaimId.random();
    private static final ClaimId NIS = ClaimId.random();
    private static final ClaimId DENIAL = ClaimId.random();
    private static final Quantity AT_LEAST_3000 = Quantity.of(new BigDecimal("3000"), Qualifier.AT_LEAST, "soldiers");
    private static final Quantity EXACTLY_1500 = Quantity.of(new BigDecimal("1500"), Qualifier.EXACT, "troops");
    private static final Quantity EXACTLY_10 = Quantity.of(new BigDecimal("10"), Qualifier.EXACT, "soldiers");
    private static final String US_VS_NIS = "at least 3,000 soldiers vs exactly 1,500 troops";
    private static final String NIS_VS_US = "exactly 1,500 troops vs at least 3,000 soldiers";

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
    void aClaimOnADisagreeingSideIsInConflictAndTheFirstSideIsToldOnce() {
        fixture.given(new ClaimRegistered(KEY, US, AT_LEAST_3000, "soldier", 1))
                .when(new RegisterClaim(KEY, NIS, EXACTLY_1500))
                .expectEvents(new ClaimRegistered(KEY, NIS, EXACTLY_1500, "soldier", 2),
                        new SidesConflictFound(KEY, NIS, NIS_VS_US),
                        new SidesConflictFound(KEY, US, US_VS_NIS));
    }

    @Test
    void aClaimJoiningACrowdedSideTellsNoOneButItself() {
        ClaimId another = ClaimId.random();
        Quantity alsoAtLeast3000 = Quantity.of(new BigDecimal("3000.0"), Qualifier.AT_LEAST, "troops");
        fixture.given(new ClaimRegistered(KEY, US, AT_LEAST_3000, "soldier", 1),
                        new ClaimRegistered(KEY, NIS, EXACTLY_1500, "soldier", 2),
                        new ClaimRegistered(KEY, ClaimId.random(), EXACTLY_1500, "soldier", 2),
                        new ClaimRegistered(KEY, ClaimId.random(), EXACTLY_1500, "soldier", 2))
                .when(new RegisterClaim(KEY, another, alsoAtLeast3000))
                .expectEvents(new ClaimRegistered(KEY, another, alsoAtLeast3000, "soldier", 1),
                        new SidesConflictFound(KEY, another, "at least 3,000 troops vs exactly 1,500 troops"));
    }

    @Test
    void aNewSideAgainstSidesAlreadyInConflictTellsOnlyItsOwnClaimHoweverManyItDisagreesWith() {
        ClaimId ten = ClaimId.random();
        fixture.given(new ClaimRegistered(KEY, US, AT_LEAST_3000, "soldier", 1),
                        new ClaimRegistered(KEY, NIS, EXACTLY_1500, "soldier", 2))
                .when(new RegisterClaim(KEY, ten, EXACTLY_10))
                .expectEvents(new ClaimRegistered(KEY, ten, EXACTLY_10, "soldier", 3),
                        new SidesConflictFound(KEY, ten, "exactly 10 soldiers vs at least 3,000 soldiers"));
    }

    @Test
    void aClaimAgainstSidesWhoseClaimsAreAllDeniedIsInNoConflictButTheDeniedOnesAreTold() {
        ClaimId another = ClaimId.random();
        fixture.given(new ClaimRegistered(KEY, US, AT_LEAST_3000, "soldier", 1),
                        new SideClaimDenied(KEY, US))
                .when(new RegisterClaim(KEY, another, EXACTLY_1500))
                .expectEvents(new ClaimRegistered(KEY, another, EXACTLY_1500, "soldier", 2),
                        new SidesConflictFound(KEY, US, US_VS_NIS));
    }

    @Test
    void denyingTheLastStandingClaimOfASideSettlesTheClaimsItAloneDisputed() {
        ClaimId nis2 = ClaimId.random();
        fixture.given(new ClaimRegistered(KEY, US, AT_LEAST_3000, "soldier", 1),
                        new ClaimRegistered(KEY, NIS, EXACTLY_1500, "soldier", 2),
                        new ClaimRegistered(KEY, nis2, EXACTLY_1500, "soldier", 2))
                .when(new RecordDenial(KEY, US, true))
                .expectEvents(new SideClaimDenied(KEY, US),
                        new SidesConflictSettled(KEY, NIS, US),
                        new SidesConflictSettled(KEY, nis2, US));
    }

    @Test
    void aFallenSideSettlesNothingForSidesAnotherStandingSideStillDisputes() {
        fixture.given(new ClaimRegistered(KEY, US, AT_LEAST_3000, "soldier", 1),
                        new ClaimRegistered(KEY, NIS, EXACTLY_1500, "soldier", 2),
                        new ClaimRegistered(KEY, DENIAL, EXACTLY_10, "soldier", 3))
                .when(new RecordDenial(KEY, US, true))
                .expectEvents(new SideClaimDenied(KEY, US));
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
    void aDenialTakenBackStandsTheSideUpAgainAndDisputesTheClaimsItAloneDisputed() {
        fixture.given(new ClaimRegistered(KEY, US, AT_LEAST_3000, "soldier", 1),
                        new ClaimRegistered(KEY, NIS, EXACTLY_1500, "soldier", 2),
                        new SideClaimDenied(KEY, US))
                .when(new RecordDenial(KEY, US, false))
                .expectEvents(new SideClaimRestored(KEY, US),
                        new SidesConflictFound(KEY, NIS, NIS_VS_US));
    }

    @Test
    void aSideStandingUpAgainTellsNoOneASideStandingStillDisputed() {
        fixture.given(new ClaimRegistered(KEY, US, AT_LEAST_3000, "soldier", 1),
                        new ClaimRegistered(KEY, NIS, EXACTLY_1500, "soldier", 2),
                        new ClaimRegistered(KEY, DENIAL, EXACTLY_10, "soldier", 3),
                        new SideClaimDenied(KEY, US))
                .when(new RecordDenial(KEY, US, false))
                .expectEvents(new SideClaimRestored(KEY, US));
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
                        new SidesConflictFound(KEY, another, NIS_VS_US));
    }

    /**
     * A stream written when each claim was told of each side, one at a time: the old tellings are not the
     * proposition's to fold, its sides and denials are, and from them it knows which sides stand against which.
     */
    @Test
    void aStreamOfTheOldShapeFoldsIntoTheSidesItDescribes() {
        PropositionSide side3000 = new PropositionSide(KEY.value(), 1, "at least 3,000 soldiers");
        PropositionSide side1500 = new PropositionSide(KEY.value(), 2, "exactly 1,500 troops");
        ClaimId another = ClaimId.random();
        fixture.given(new ClaimRegistered(KEY, US, AT_LEAST_3000, "soldier", 1),
                        new ClaimRegistered(KEY, NIS, EXACTLY_1500, "soldier", 2),
                        new SideConflictFound(KEY, NIS, side3000, NIS_VS_US, null),
                        new SideConflictFound(KEY, US, side1500, US_VS_NIS, null),
                        new SideClaimDenied(KEY, US),
                        new SideConflictSettled(KEY, NIS, side3000, US))
                .when(new RegisterClaim(KEY, another, AT_LEAST_3000))
                .expectEvents(new ClaimRegistered(KEY, another, AT_LEAST_3000, "soldier", 1),
                        new SidesConflictFound(KEY, another, US_VS_NIS),
                        new SidesConflictFound(KEY, NIS, NIS_VS_US));
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
