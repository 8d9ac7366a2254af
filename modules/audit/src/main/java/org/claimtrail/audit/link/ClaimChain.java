package org.claimtrail.audit.link;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.serialization.Serializer;
import org.claimtrail.audit.chain.ChainEvent;
import org.claimtrail.audit.chain.ChainHash;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Qualifier;

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
 * It does not hash the message again there, which would serialize every event once more on the write path: it is the
 * event store's only dispatch interceptor, so nothing changes the metadata in between, and an interceptor added later
 * that did would break the chain wherever the tests verify one (AuditTest, TamperTest).
 */
public class ClaimChain implements MessageDispatchInterceptor<EventMessage<?>>, InitializingBean {

    private static final String HASHES = ClaimChain.class.getName() + ".hashes";

    private final EventStore eventStore;
    private final Serializer serializer;

    public ClaimChain(EventStore eventStore, @Qualifier("eventSerializer") Serializer serializer) {
        this.eventStore = eventStore;
        this.serializer = serializer;
    }

    /** The hash of a newly applied {@code event} after {@code previous}, kept for the append. */
    public String link(String previous, DomainEventMessage<?> event) {
        String hash = ChainHash.v2(previous, ChainEvent.of(event, serializer));
        CurrentUnitOfWork.ifStarted(unit -> hashes(unit).put(event.getIdentifier(), hash));
        return hash;
    }

    @Override
    public void afterPropertiesSet() {
        eventStore.registerDispatchInterceptor(this);
    }

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        Map<String, String> hashes = CurrentUnitOfWork.isStarted() ? hashes(CurrentUnitOfWork.get()) : Map.of();
        return (index, message) -> {
            if (!ChainHash.V2.equals(message.getMetaData().get(ChainHash.VERSION_KEY))
                    || message.getMetaData().containsKey(ChainHash.HASH_KEY)) {
                return message;
            }
            String hash = hashes.get(message.getIdentifier());
            if (hash == null) {
                throw new IllegalStateException("Claim event " + message.getIdentifier()
                        + " was not hashed by its aggregate; refusing to store it without its hash.");
            }
            return message.andMetaData(Map.of(ChainHash.HASH_KEY, hash));
        };
    }

    private static Map<String, String> hashes(UnitOfWork<?> unit) {
        return unit.root().getOrComputeResource(HASHES, key -> new HashMap<>());
    }
}
