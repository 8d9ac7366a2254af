package org.claimtrail.platform;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.claimtrail.platform.claim.ClaimFoldCache;
import org.claimtrail.api.quantity.UnitNormalizer;
import org.claimtrail.platform.processor.ProcessorsConfiguration;
import org.claimtrail.platform.quantity.UnitProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * What every role reads alike: claims folded from the event store, the cluster's processors and the units that
 * count the same thing.
 */
@AutoConfiguration
@Import(ProcessorsConfiguration.class)
@EnableConfigurationProperties(UnitProperties.class)
public class PlatformAutoConfiguration {

    /** The built-in synonyms, with those configured under {@code claimtrail.units.synonyms} added. */
    @Bean
    UnitNormalizer unitNormalizer(UnitProperties properties) {
        return UnitNormalizer.withDefaultsAnd(properties.synonyms());
    }

    @Bean
    ClaimFoldCache claimFolds(EventStore eventStore, @Value("${claimtrail.claim-states.cache-size:10000}") long size) {
        return new ClaimFoldCache(eventStore, size);
    }
}
