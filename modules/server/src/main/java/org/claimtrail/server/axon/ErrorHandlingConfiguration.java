package org.claimtrail.server.axon;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ErrorHandlingConfiguration {

    /**
     * Axon's default logs a failing event handler and moves the token on, losing the event for that processor for
     * good. Every processor here (read tables, conflict policy, Kafka relay) must see every event, so a failure
     * stops the processor instead, and it retries from the same event.
     */
    @Bean
    ConfigurerModule propagateEventHandlerFailures() {
        return configurer -> configurer.eventProcessing()
                .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance());
    }
}
