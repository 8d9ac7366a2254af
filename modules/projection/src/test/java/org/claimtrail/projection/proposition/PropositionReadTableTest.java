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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.claimtrail.projection.ClaimStream.handle;

/** {@code proposition_claim}: each claim's proposition with its unit as compared and its side. */
class PropositionReadTableTest {

    private static final PropositionKey KEY = new PropositionKey("dprk-troops-in-russia-2024");
    private static final Quantity SOLDIERS = Quantity.of(new BigDecimal("3000"), Qualifier.AT_LEAST, "soldiers");

    private final PropositionProjection propositions = new PropositionProjection(ReadTables.jdbc(), ReadTables.JSON);
    private final EventHandlerInvoker projection = SimpleEventHandlerInvoker.builder().eventHandlers(propositions)
            .build();

    @BeforeEach
    void empty() {
        ReadTables.clear();
    }

    private void registered(ClaimRegistered... events) {
        handle(projection, List.of(events).stream().map(GenericEventMessage::asEventMessage).toList());
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
    void aPropositionIsReadFromBothTablesAPageAtATimeAndUnknownOnesAreNotFound() {
        ClaimId soldiers = ClaimId.random();
        ClaimId troops = ClaimId.random();
        ClaimId missiles = ClaimId.random();
        ClaimStream stream = new ClaimStream();
        Instant t0 = Instant.parse("2024-11-01T10:00:00Z");
        PropositionView first;
        PropositionView second;
        try (ClaimsGroup group = new ClaimsGroup(stream)) {
            handle(group.invoker("claims"), List.of(
                    stream.append(ClaimStream.proposed(soldiers, "3,000 soldiers", KEY.value()), "contributor1", t0),
                    stream.append(ClaimStream.proposed(troops, "3,000 troops", KEY.value()), "contributor1",
                            t0.plusSeconds(1)),
                    stream.append(ClaimStream.proposed(missiles, "40 missiles", KEY.value()), "contributor1",
                            t0.plusSeconds(2))));
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
        assertThat(second.units()).containsExactly(new PropositionView.UnitEntry("missile", 1),
                new PropositionView.UnitEntry("soldier", 2));
    }
}
