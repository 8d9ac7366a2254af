package org.claimtrail.platform;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.claimtrail.platform.claim.ClaimStates;
import org.claimtrail.platform.processor.ProcessorsConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** What every role reads alike: claims folded from the event store, and the cluster's processors. */
@AutoConfiguration
@Import(ProcessorsConfiguration.class)
public class PlatformAutoConfiguration {

    @Bean
    ClaimStates claimStates(EventStore eventStore, @Value("${claimtrail.claim-states.cache-size:10000}") long size) {
        return new ClaimStates(eventStore, size);
    }
}
