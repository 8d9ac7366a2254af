package org.claimtrail.command.proposition;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.claimtrail.api.claim.ClaimId;
import org.claimtrail.api.claim.Qualifier;
import org.claimtrail.api.claim.Quantity;
import org.claimtrail.api.proposition.ClaimRegistered;
import org.claimtrail.api.proposition.ConflictDetected;
import org.claimtrail.api.proposition.PropositionKey;
import org.claimtrail.api.proposition.RegisterClaim;
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
                .expectEvents(new ClaimRegistered(KEY, US, AT_LEAST_3000, "soldier"));
    }

    @Test
    void disjointIntervalsInComparableUnitsConflict() {
        fixture.given(new ClaimRegistered(KEY, US, AT_LEAST_3000, "soldier"))
                .when(new RegisterClaim(KEY, NIS, EXACTLY_1500))
                .expectEvents(new ClaimRegistered(KEY, NIS, EXACTLY_1500, "soldier"),
                        new ConflictDetected(KEY, NIS, US, "exactly 1,500 troops vs at least 3,000 soldiers"));
    }

    @Test
    void overlappingIntervalsDoNotConflict() {
        Quantity about3500 = Quantity.of(new BigDecimal("3500"), Qualifier.APPROXIMATELY, "soldiers");
        fixture.given(new ClaimRegistered(KEY, US, AT_LEAST_3000, "soldier"))
                .when(new RegisterClaim(KEY, NIS, about3500))
                .expectEvents(new ClaimRegistered(KEY, NIS, about3500, "soldier"));
    }

    @Test
    void incomparableUnitsNeverConflict() {
        Quantity battalions = Quantity.of(new BigDecimal("2"), Qualifier.EXACT, "battalions");
        fixture.given(new ClaimRegistered(KEY, US, AT_LEAST_3000, "soldier"))
                .when(new RegisterClaim(KEY, NIS, battalions))
                .expectEvents(new ClaimRegistered(KEY, NIS, battalions, "battalion"));
    }

    @Test
    void aClaimWithoutANumberIsRegisteredAndComparedWithNothing() {
        fixture.given(new ClaimRegistered(KEY, US, AT_LEAST_3000, "soldier"))
                .when(new RegisterClaim(KEY, DENIAL, null))
                .expectEvents(new ClaimRegistered(KEY, DENIAL, null, null));
    }

    @Test
    void registeringAgainChangesNothing() {
        fixture.given(new ClaimRegistered(KEY, US, AT_LEAST_3000, "soldier"))
                .when(new RegisterClaim(KEY, US, AT_LEAST_3000))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }
}
