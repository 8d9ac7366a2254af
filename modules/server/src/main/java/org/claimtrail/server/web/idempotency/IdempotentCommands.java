package org.claimtrail.server.web.idempotency;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Map;
import java.util.Optional;

/**
 * Keeps what each command of a request with an {@code Idempotency-Key} returned in the command's own transaction, so
 * that it commits with the command's events or not at all. The key travels as command metadata: the request's thread
 * adds it when it sends a command, and the handler, wherever it runs, writes the result through the unit of work's
 * transaction, which Axon's SpringTransactionManager opened and in which the JDBC event store appends. A command that
 * lost a race and is sent again gets a transaction of its own, as the failed one was rolled back whole.
 * <p>
 * When a request is run again because its first run never kept its answer (its node died after the commit), each
 * command whose result is kept returns that result and changes nothing; the controller answers from it as it did.
 */
@Configuration(proxyBeanMethods = false)
class IdempotentCommands {

    static final String USER = "idempotencyUser";
    static final String KEY = "idempotencyKey";
    static final String POSITION = "idempotencyPosition";

    @Bean
    MessageDispatchInterceptor<CommandMessage<?>> idempotencyKeyMetadata() {
        return messages -> (index, command) -> IdempotentRequest.current()
                .<CommandMessage<?>>map(request -> command.andMetaData(Map.of(USER, request.username(),
                        KEY, request.key(), POSITION, request.positionOf(command.getPayload()))))
                .orElse(command);
    }

    @Bean
    MessageHandlerInterceptor<CommandMessage<?>> idempotentResults(IdempotencyKeys keys,
                                                                   @Qualifier("messageSerializer") Serializer serializer) {
        return (unitOfWork, chain) -> handle(unitOfWork, chain, keys, serializer);
    }

    private static Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain,
                                 IdempotencyKeys keys, Serializer serializer) throws Exception {
        Optional<IdempotencyKeys.Slot> slot = slot(unitOfWork.getMessage().getMetaData());
        if (slot.isEmpty()) {
            return chain.proceed();
        }
        Optional<IdempotencyKeys.KeptResult> kept = keys.result(slot.get());
        if (kept.isPresent()) {
            return kept.get().type() == null ? null : serializer.deserialize(new SimpleSerializedObject<>(
                    kept.get().data(), byte[].class, kept.get().type(), kept.get().revision()));
        }
        Object result = chain.proceed();
        SerializedObject<byte[]> serialized = result == null ? null : serializer.serialize(result, byte[].class);
        keys.keepResult(slot.get(), serialized);
        return result;
    }

    private static Optional<IdempotencyKeys.Slot> slot(MetaData metadata) {
        if (metadata.get(KEY) instanceof String key && metadata.get(USER) instanceof String user
                && metadata.get(POSITION) instanceof Number position) {
            return Optional.of(new IdempotencyKeys.Slot(user, key, position.intValue()));
        }
        return Optional.empty();
    }
}
