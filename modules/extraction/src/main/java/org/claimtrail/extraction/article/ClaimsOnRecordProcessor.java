package org.claimtrail.extraction.article;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The processor that keeps {@code claim_on_record}. Started for the first time, it reads the store from its first
 * event, so that the table holds the claims registered before it existed too; its other settings are those of
 * {@code axon.eventhandling.processors.claims-on-record}.
 */
@Configuration(proxyBeanMethods = false)
class ClaimsOnRecordProcessor {

    @Bean
    ConfigurerModule claimsOnRecordFromTheFirstEvent() {
        return configurer -> configurer.eventProcessing().registerPooledStreamingEventProcessorConfiguration(
                ClaimsOnRecord.PROCESSING_GROUP,
                (configuration, processor) -> processor.initialToken(StreamableMessageSource::createTailToken));
    }
}
