package org.claimtrail.server.axon;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.claimtrail.api.EventMetadata;
import org.claimtrail.server.web.RequestIdFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.HashMap;
import java.util.Map;

/**
 * Records who made every change and in which request: each command dispatched on behalf of an authenticated user
 * carries the user's name as {@code actor} and the HTTP request's correlation id as {@code requestId} metadata,
 * and Axon copies both onto the events the command causes (and onto the commands those events cause in turn).
 */
@Configuration(proxyBeanMethods = false)
class ActorConfiguration {


    @Bean
    MessageDispatchInterceptor<CommandMessage<?>> actorMetadata() {
        return messages -> (index, command) -> {
            Map<String, Object> metadata = new HashMap<>();
            Authentication user = SecurityContextHolder.getContext().getAuthentication();
            if (user != null) {
                metadata.put(EventMetadata.ACTOR, user.getName());
            }
            if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes http
                    && http.getRequest().getAttribute(RequestIdFilter.ATTRIBUTE) instanceof String requestId) {
                metadata.put(EventMetadata.REQUEST_ID, requestId);
            }
            return command.andMetaData(metadata);
        };
    }

    @Bean
    CorrelationDataProvider actorCorrelation() {
        return new SimpleCorrelationDataProvider(EventMetadata.ACTOR, EventMetadata.REQUEST_ID);
    }

    /** Declared because any provider bean of ours replaces Axon's default one. */
    @Bean
    CorrelationDataProvider messageOrigin() {
        return new MessageOriginProvider();
    }
}
