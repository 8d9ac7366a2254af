package org.claimtrail.command.claim;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.serialization.Serializer;
import org.claimtrail.api.audit.ChainEvent;
import org.claimtrail.api.audit.ChainHash;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Puts each new claim event's version-2 chain hash into its stored metadata. Axon creates the event message (its
 * identifier and timestamp) inside {@code apply}, and the aggregate is the one place that knows the previous link,
 * so the aggregate's sourcing handler hashes the message it is handed ({@link #link}, with the event store's own
 * serializer, so that metadata and payload are hashed in the form they will be stored in); the message is immutable,
 * so this interceptor on the event store writes that hash into the metadata when the unit of work appends its events.
 * It hashes the message again as it is about to be stored: metadata changed after the aggregate hashed it would make
 * a chain that does not verify, so the command fails instead.
 */
@Component
class ClaimChain implements MessageDispatchInterceptor<EventMessage<?>>, InitializingBean {

    private static final String LINKS = ClaimChain.class.getName() + ".links";

    private final EventStore eventStore;
    private final Serializer serializer;

    ClaimChain(EventStore eventStore, @Qualifier("eventSerializer") Serializer serializer) {
        this.eventStore = eventStore;
        this.serializer = serializer;
    }

    private record Link(String previous, String hash) {
    }

    /** The hash of a newly applied {@code event} after {@code previous}, kept for the append. */
    String link(String previous, DomainEventMessage<?> event) {
        String hash = ChainHash.v2(previous, ChainEvent.of(event, serializer));
        CurrentUnitOfWork.ifStarted(unit -> links(unit).put(event.getIdentifier(), new Link(previous, hash)));
        return hash;
    }

    @Override
    public void afterPropertiesSet() {
        eventStore.registerDispatchInterceptor(this);
    }

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        Map<String, Link> links = CurrentUnitOfWork.isStarted() ? links(CurrentUnitOfWork.get()) : Map.of();
        return (index, message) -> {
            if (!ChainHash.V2.equals(message.getMetaData().get(ChainHash.VERSION_KEY))
                    || message.getMetaData().containsKey(ChainHash.HASH_KEY)) {
                return message;
            }
            Link link = links.get(message.getIdentifier());
            if (link == null || !(message instanceof DomainEventMessage<?> event)
                    || !link.hash().equals(ChainHash.v2(link.previous(), ChainEvent.of(event, serializer)))) {
                throw new IllegalStateException("Claim event " + message.getIdentifier()
                        + " is not stored as its aggregate hashed it; refusing to break the chain.");
            }
            return message.andMetaData(Map.of(ChainHash.HASH_KEY, link.hash()));
        };
    }

    private static Map<String, Link> links(UnitOfWork<?> unit) {
        return unit.root().getOrComputeResource(LINKS, key -> new HashMap<>());
    }
}
