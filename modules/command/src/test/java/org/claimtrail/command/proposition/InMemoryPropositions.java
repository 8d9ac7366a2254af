package org.claimtrail.command.proposition;

import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.claimtrail.api.claim.ProposeClaim;
import org.claimtrail.api.quantity.UnitNormalizer;

/**
 * Propositions kept by a real event-sourcing repository over an event store of their own in memory, for tests of the
 * Claim aggregate, whose proposals register on them: the claim's fixture sees only the claim's events.
 */
public final class InMemoryPropositions {

    private final PropositionRegistrations registrations;

    public InMemoryPropositions(int claimsPerProposition, int sidesPerProposition) {
        EmbeddedEventStore store = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        registrations = new PropositionRegistrations(EventSourcingRepository.builder(Proposition.class)
                .eventStore(store).build(), UnitNormalizer.withDefaults(),
                new PropositionLimits(claimsPerProposition, sidesPerProposition));
    }

    public PropositionRegistrations registrations() {
        return registrations;
    }

    /** Registers {@code proposal}'s claim as its proposal would, in a unit of work of its own. */
    public void registered(ProposeClaim proposal) {
        DefaultUnitOfWork.startAndGet(null).execute(() -> registrations.register(proposal));
    }
}
