package org.claimtrail.projection.proposition;

import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.claimtrail.api.NotFound;
import org.claimtrail.api.claim.ClaimId;
import org.claimtrail.api.claim.Qualifier;
import org.claimtrail.api.claim.Quantity;
import org.claimtrail.api.proposition.ClaimRegistered;
import org.claimtrail.api.proposition.PropositionKey;
import org.claimtrail.api.proposition.SideClaimDenied;
import org.claimtrail.api.proposition.SideClaimRestored;
import org.claimtrail.projection.ClaimStream;
import org.claimtrail.projection.ClaimsGroup;
import org.claimtrail.projection.ReadTables;
import org.claimtrail.projection.claim.ClaimViewRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.claimtrail.projection.ClaimStream.handle;

/**
 * {@code proposition_claim}: each claim's proposition with its unit as compared, its side and whether it is denied;
 * {@code proposition_side}: each side and whether it stands.
 */
class PropositionReadTableTest {

    private static final PropositionKey KEY = new PropositionKey("dprk-troops-in-russia-2024");
    private static final Quantity SOLDIERS = Quantity.of(new BigDecimal("3000"), Qualifier.AT_LEAST, "soldiers");

    private final PropositionProjection propositions = new PropositionProjection(ReadTables.jdbc());
    private final EventHandlerInvoker projection = SimpleEventHandlerInvoker.builder().eventHandlers(propositions)
            .build();

    @BeforeEach
    void empty() {
        ReadTables.clear();
    }

    private void registered(ClaimRegistered... events) {
        handle(projection, List.of(events).stream().map(GenericEventMessage::asEventMessage).toList());
    }

    /** The claims processor handles {@code claims} proposed a second apart, in order, with these statements. */
    private static void proposedInOrder(ClaimsGroup group, ClaimStream stream, List<ClaimId> claims,
                                        List<String> statements) {
        Instant t0 = Instant.parse("2024-11-01T10:00:00Z");
        handle(group.invoker("claims"), IntStream.range(0, claims.size())
                .mapToObj(i -> stream.append(ClaimStream.proposed(claims.get(i), statements.get(i), KEY.value()),
                        "contributor1", t0.plusSeconds(i)))
                .toList());
    }

    @Test
    void aRegisteredClaimIsReadBackWithItsUnitAndSide() {
        ClaimId id = ClaimId.random();
        registered(new ClaimRegistered(KEY, id, SOLDIERS, "soldier", 1));

        assertThat(propositions.registrations(KEY, List.of(id)))
                .isEqualTo(Map.of(id, new PropositionProjection.Registration("soldier", 1)));
    }

    @Test
    void aClaimThatStatesNoNumberHasNeitherUnitNorSide() {
        ClaimId id = ClaimId.random();
        registered(new ClaimRegistered(KEY, id, null, null, null));

        assertThat(propositions.registrations(KEY, List.of(id)))
                .isEqualTo(Map.of(id, new PropositionProjection.Registration(null, null)));
    }

    @Test
    void aRegistrationHandledAgainKeepsTheFirst() {
        ClaimId id = ClaimId.random();
        registered(new ClaimRegistered(KEY, id, SOLDIERS, "soldier", 1));
        registered(new ClaimRegistered(KEY, id, SOLDIERS, "soldier", 2));

        assertThat(propositions.registrations(KEY, List.of(id)))
                .isEqualTo(Map.of(id, new PropositionProjection.Registration("soldier", 1)));
    }

    @Test
    void onlyTheClaimsOfTheKeyAskedAreRead() {
        ClaimId mine = ClaimId.random();
        ClaimId other = ClaimId.random();
        registered(new ClaimRegistered(KEY, mine, SOLDIERS, "soldier", 1),
                new ClaimRegistered(new PropositionKey("another-question"), other, SOLDIERS, "soldier", 1));

        assertThat(propositions.registrations(KEY, List.of(mine, other))).containsOnlyKeys(mine);
        assertThat(propositions.registrations(new PropositionKey("no-question"), List.of(mine))).isEmpty();
    }

    @Test
    void aSideIsKeptAsItsFirstClaimStatedItAndStandsWhileOneOfItsClaimsIsNotDenied() {
        ClaimId first = ClaimId.random();
        ClaimId second = ClaimId.random();
        Quantity alsoAtLeast3000 = Quantity.of(new BigDecimal("3000.0"), Qualifier.AT_LEAST, "troops");
        registered(new ClaimRegistered(KEY, first, SOLDIERS, "soldier", 1),
                new ClaimRegistered(KEY, second, alsoAtLeast3000, "soldier", 1));
        handle(projection, List.of(GenericEventMessage.asEventMessage(new SideClaimDenied(KEY, first))));
        assertThat(propositions.sides(KEY)).containsExactly(
                new PropositionProjection.SideRow(1, SOLDIERS, "soldier", true, 2));

        handle(projection, List.of(GenericEventMessage.asEventMessage(new SideClaimDenied(KEY, second))));
        assertThat(propositions.sides(KEY)).extracting(PropositionProjection.SideRow::stands).containsExactly(false);
        handle(projection, List.of(GenericEventMessage.asEventMessage(new SideClaimRestored(KEY, first))));
        assertThat(propositions.sides(KEY)).extracting(PropositionProjection.SideRow::stands).containsExactly(true);
        assertThat(propositions.sides(new PropositionKey("no-question"))).isEmpty();
    }

    @Test
    void theConflictsBetweenTheSidesOfAPagesClaimsFollowFromTheSidesAndAreOpenWhileBothStand() {
        ClaimId us = ClaimId.random();
        ClaimId nis = ClaimId.random();
        ClaimId about = ClaimId.random();
        Quantity exactly1500 = Quantity.of(new BigDecimal("1500"), Qualifier.EXACT, "troops");
        Quantity about3500 = Quantity.of(new BigDecimal("3500"), Qualifier.APPROXIMATELY, "soldiers");
        ClaimStream stream = new ClaimStream();
        try (ClaimsGroup group = new ClaimsGroup(stream)) {
            proposedInOrder(group, stream, List.of(us, nis, about),
                    List.of("at least 3,000 soldiers", "1,500 troops", "about 3,500 soldiers"));
            registered(new ClaimRegistered(KEY, us, SOLDIERS, "soldier", 1),
                    new ClaimRegistered(KEY, nis, exactly1500, "soldier", 2),
                    new ClaimRegistered(KEY, about, about3500, "soldier", 3));
            PropositionController controller = new PropositionController(group.bean(ClaimViewRepository.class),
                    propositions);

            List<PropositionView.SideConflictEntry> conflicts = controller.get(KEY, 0, 20).sideConflicts();
            // About 3,500 lies within at least 3,000: those two sides do not conflict.
            assertThat(conflicts).extracting(c -> c.side() + "-" + c.withSide() + " " + c.open())
                    .containsExactly("1-2 true", "2-3 true");
            assertThat(conflicts.get(0).reason()).isEqualTo("at least 3,000 soldiers vs exactly 1,500 troops");
            // A page lists the conflicts between its own claims' sides only: its cost does not grow with the sides.
            assertThat(controller.get(KEY, 0, 2).sideConflicts()).extracting(c -> c.side() + "-" + c.withSide())
                    .containsExactly("1-2");
            assertThat(controller.get(KEY, 2, 1).sideConflicts()).isEmpty();

            handle(projection, List.of(GenericEventMessage.asEventMessage(new SideClaimDenied(KEY, nis))));
            assertThat(controller.get(KEY, 0, 20).sideConflicts()).extracting(PropositionView.SideConflictEntry::open)
                    .containsExactly(false, false);
        }
    }

    @Test
    void aPropositionIsReadFromBothTablesAPageAtATimeAndUnknownOnesAreNotFound() {
        ClaimId soldiers = ClaimId.random();
        ClaimId troops = ClaimId.random();
        ClaimId missiles = ClaimId.random();
        ClaimStream stream = new ClaimStream();
        PropositionView first;
        PropositionView second;
        try (ClaimsGroup group = new ClaimsGroup(stream)) {
            proposedInOrder(group, stream, List.of(soldiers, troops, missiles),
                    List.of("3,000 soldiers", "3,000 troops", "40 missiles"));
            registered(new ClaimRegistered(KEY, soldiers, SOLDIERS, "soldier", 1),
                    new ClaimRegistered(KEY, troops, SOLDIERS, "soldier", 1),
                    new ClaimRegistered(KEY, missiles, SOLDIERS, "missile", 2));
            PropositionController controller = new PropositionController(group.bean(ClaimViewRepository.class),
                    propositions);

            first = controller.get(KEY, 0, 2);
            second = controller.get(KEY, 1, 2);
            assertThatThrownBy(() -> controller.get(new PropositionKey("no-question"), 0, 2))
                    .isInstanceOf(NotFound.class).hasMessage("No claim is on proposition no-question.");
        }

        assertThat(first.claims()).extracting(PropositionView.ClaimEntry::id).containsExactly(soldiers, troops);
        assertThat(second.claims()).extracting(PropositionView.ClaimEntry::id).containsExactly(missiles);
        assertThat(second.claims()).extracting(PropositionView.ClaimEntry::unit).containsExactly("missile");
        assertThat(List.of(first.total(), second.total())).containsOnly(3L);
        // Every side and unit on every page, counted, rather than a list of claims or of pairs of claims.
        assertThat(second.sides()).containsExactly(new PropositionView.SideEntry(1, SOLDIERS, "soldier", 2),
                new PropositionView.SideEntry(2, SOLDIERS, "missile", 1));
        assertThat(second.units()).containsExactly(new PropositionProjection.UnitEntry("missile", 1),
                new PropositionProjection.UnitEntry("soldier", 2));
    }
}
