package org.claimtrail.command.conflict;

import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.claimtrail.api.claim.ClaimId;
import org.claimtrail.api.claim.ClaimProposed;
import org.claimtrail.api.claim.ClaimState;
import org.claimtrail.api.claim.ClaimView;
import org.claimtrail.api.claim.ProposeClaim;
import org.claimtrail.api.claim.Qualifier;
import org.claimtrail.api.claim.Quantity;
import org.claimtrail.api.claim.SidesConflictLinked;
import org.claimtrail.api.claim.Source;
import org.claimtrail.api.claim.Stance;
import org.claimtrail.api.claim.SubmitVerdict;
import org.claimtrail.api.claim.Verdict;
import org.claimtrail.api.proposition.ClaimRegistered;
import org.claimtrail.api.proposition.RegisterClaim;
import org.claimtrail.api.proposition.SidesConflictFound;
import org.claimtrail.api.quantity.UnitNormalizer;
import org.claimtrail.audit.link.ClaimChain;
import org.claimtrail.command.claim.Claim;
import org.claimtrail.command.claim.EvidenceLimit;
import org.claimtrail.command.claim.WorkflowProperties;
import org.claimtrail.command.proposition.Proposition;
import org.claimtrail.command.proposition.PropositionLimits;
import org.claimtrail.command.proposition.PropositionRegistrations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 27: what a proposal costs in stored events does not grow with the sides and claims a proposition holds. Both
 * aggregates and the conflict policy run as the command role runs them, over an event store in memory; the policy
 * handles every event the store holds, and what its commands store in turn, before the next proposal is made.
 */
class ConflictsAtScaleTest {

    private static final String PROPOSITION = "dprk-troops-in-russia-2024";
    private static final Source SOURCE = new Source("Example News", "https://example.org/count", null,
            "A count of soldiers.", null, Stance.SUPPORTS);

    private final InMemoryEventStorageEngine store = new InMemoryEventStorageEngine();
    private Configuration axon;
    private AnnotationEventHandlerAdapter policy;
    private TrackingToken handled;

    @BeforeEach
    void start() {
        UnitNormalizer units = UnitNormalizer.withDefaults();
        axon = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(c -> store)
                .configureAggregate(AggregateConfigurer.defaultConfiguration(Claim.class)
                        .configureCache(c -> new WeakReferenceCache()))
                .configureAggregate(AggregateConfigurer.defaultConfiguration(Proposition.class)
                        .configureCache(c -> new WeakReferenceCache()))
                .registerComponent(UnitNormalizer.class, c -> units)
                .registerComponent(WorkflowProperties.class, c -> new WorkflowProperties(2))
                .registerComponent(EvidenceLimit.class, c -> new EvidenceLimit(200))
                .registerComponent(ClaimChain.class, c -> new ClaimChain(c.eventStore(),
                        Jackson3Serializer.builder().build()))
                .registerComponent(PropositionRegistrations.class, c -> new PropositionRegistrations(
                        c.repository(Proposition.class), units, new PropositionLimits(100_000, 2_000)))
                .buildConfiguration();
        axon.start();
        axon.getComponent(ClaimChain.class).afterPropertiesSet();
        policy = new AnnotationEventHandlerAdapter(new ConflictPolicy(axon.commandGateway()));
    }

    @AfterEach
    void stop() {
        axon.shutdown();
    }

    @Test
    void aProposalOnAPropositionWithAThousandDistinctCountsAppendsFourEvents() {
        List<ClaimId> claims = new ArrayList<>();
        List<Long> appended = new ArrayList<>();
        for (int count = 1; count <= 1_000; count++) {
            long before = stored();
            claims.add(propose(count));
            policyCatchesUp();
            appended.add(stored() - before);
        }

        // The second count disputes the first, which is told once; from then on every side stands disputed, and a
        // new count costs its registration, the proposition's word to it, its proposal (all three committed together)
        // and its own link.
        assertThat(appended.get(0)).isEqualTo(2);
        assertThat(appended.get(1)).isEqualTo(6);
        assertThat(appended.subList(2, appended.size())).containsOnly(4L);
        assertThat(typesSince(stored() - 4)).containsExactly(ClaimRegistered.class, SidesConflictFound.class,
                ClaimProposed.class, SidesConflictLinked.class);
        // The first claim disagrees with 999 sides and holds one conflict: its proposal and one link.
        assertThat(streamOf(claims.get(0))).hasSize(2);
        assertThat(axon.eventStore().readEvents(claims.get(999).toString()).asStream().count()).isEqualTo(2);
    }

    /**
     * The bound of a denial: a side falling settles only the claims of sides it alone disputed, each once. Here,
     * 200 claims of one count against one claim of another: denying the one tells the 200, once each.
     */
    @Test
    void aSideFallingTellsOnlyTheClaimsItAloneDisputedOnceEach() {
        List<ClaimId> crowd = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            crowd.add(propose(1_500));
        }
        ClaimId lone = propose(10);
        policyCatchesUp();
        assertThat(streamOf(crowd.get(0))).hasSize(2);

        long before = stored();
        axon.commandGateway().sendAndWait(new SubmitVerdict(lone, "reviewer1", Verdict.DENY, "No trace.", List.of()));
        ClaimView denied = axon.commandGateway().sendAndWait(
                new SubmitVerdict(lone, "reviewer2", Verdict.DENY, "No trace.", List.of()));
        policyCatchesUp();

        assertThat(denied.state()).isEqualTo(ClaimState.DENIED);
        // Two verdicts and the closing of the lone claim's conflict; the proposition's record of the denial; a word
        // to each of the 200 claims, and each one's closing.
        assertThat(stored() - before).isEqualTo(3 + 1 + 200 + 200);
        assertThat(streamOf(crowd.get(0))).hasSize(3);
        ClaimView settled = axon.commandGateway().sendAndWait(
                new SubmitVerdict(crowd.get(0), "reviewer1", Verdict.CORROBORATE, "Seen.", List.of()));
        assertThat(settled.state()).isEqualTo(ClaimState.PROPOSED);
    }

    /**
     * A proposal registers its own claim, so the policy leaves it alone rather than take the proposition's lock for a
     * batch (in the way of the proposals that follow); a proposal stored before that, without the mark, it registers.
     */
    @Test
    void thePolicyRegistersOnlyTheClaimsOfProposalsThatDidNotRegisterThemselves() {
        List<Object> dispatched = new CopyOnWriteArrayList<>();
        axon.commandBus().registerDispatchInterceptor(messages -> (index, command) -> {
            dispatched.add(command.getPayload());
            return command;
        });
        propose(3_000);
        policyCatchesUp();
        assertThat(dispatched).noneMatch(RegisterClaim.class::isInstance);

        ClaimId older = ClaimId.random();
        axon.eventStore().publish(new GenericDomainEventMessage<>("Claim", older.toString(), 0, new ClaimProposed(older,
                "1,500 soldiers were sent.", PROPOSITION, Quantity.of(BigDecimal.valueOf(1_500), Qualifier.EXACT,
                "soldiers"), null, List.of(SOURCE), "contributor", ClaimState.PROPOSED)));
        policyCatchesUp();
        assertThat(dispatched).filteredOn(RegisterClaim.class::isInstance).hasSize(1);
        try (Stream<? extends TrackedEventMessage<?>> events = store.readEvents(null, false)) {
            assertThat(events.map(EventMessage::getPayload).filter(ClaimRegistered.class::isInstance)
                    .map(registered -> ((ClaimRegistered) registered).claimId())).contains(older);
        }
        assertThat(streamOf(older)).hasSize(2);
    }

    private ClaimId propose(int count) {
        ClaimId id = ClaimId.random();
        ClaimView claim = axon.commandGateway().sendAndWait(new ProposeClaim(id, count + " soldiers were sent.",
                PROPOSITION, Quantity.of(BigDecimal.valueOf(count), Qualifier.EXACT, "soldiers"), null,
                List.of(SOURCE), "contributor"));
        assertThat(claim.state()).isEqualTo(ClaimState.PROPOSED);
        return id;
    }

    /** Hands the policy every event it has not seen, in the store's order, as its processor would. */
    private void policyCatchesUp() {
        while (true) {
            List<TrackedEventMessage<?>> next;
            try (Stream<? extends TrackedEventMessage<?>> events = store.readEvents(handled, false)) {
                next = new ArrayList<>(events.toList());
            }
            if (next.isEmpty()) {
                return;
            }
            for (TrackedEventMessage<?> event : next) {
                DefaultUnitOfWork.startAndGet(event).execute(() -> {
                    try {
                        policy.handle(event);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                handled = event.trackingToken();
            }
        }
    }

    private long stored() {
        try (Stream<? extends TrackedEventMessage<?>> events = store.readEvents(null, false)) {
            return events.count();
        }
    }

    private List<Class<?>> typesSince(long index) {
        try (Stream<? extends TrackedEventMessage<?>> events = store.readEvents(null, false)) {
            return events.skip(index).map(EventMessage::getPayloadType).<Class<?>>map(t -> t).toList();
        }
    }

    private List<?> streamOf(ClaimId claim) {
        return axon.eventStore().readEvents(claim.toString()).asStream().toList();
    }
}
