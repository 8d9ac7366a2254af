package org.claimtrail.server.axon;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Map;

/**
 * Records who made every change: each command dispatched on behalf of an authenticated user carries the user's
 * name as {@code actor} metadata, and Axon copies it onto the events the command causes.
 */
@Configuration(proxyBeanMethods = false)
class ActorConfiguration {

    static final String ACTOR = "actor";

    @Bean
    MessageDispatchInterceptor<CommandMessage<?>> actorMetadata() {
        return messages -> (index, command) -> {
            Authentication user = SecurityContextHolder.getContext().getAuthentication();
            return user == null ? command : command.andMetaData(Map.of(ACTOR, user.getName()));
        };
    }

    @Bean
    CorrelationDataProvider actorCorrelation() {
        return new SimpleCorrelationDataProvider(ACTOR);
    }

    /** Declared because any provider bean of ours replaces Axon's default one. */
    @Bean
    CorrelationDataProvider messageOrigin() {
        return new MessageOriginProvider();
    }
}
