package org.claimtrail.projection.claim;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ProjectionErrorHandling {

    /** A failing update must stop the processor and be retried, not be logged and skipped for good. */
    @Bean
    ConfigurerModule claimProjectionErrorHandling() {
        return configurer -> configurer.eventProcessing()
                .registerListenerInvocationErrorHandler(ClaimProjection.PROCESSING_GROUP,
                        c -> PropagatingErrorHandler.instance());
    }
}
