package org.claimtrail.command;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps commands on long streams fast: without these, each command replays its aggregate's whole stream (a
 * proposition's grows with every claim on it). Aggregates stay in a cache while memory allows, and a snapshot
 * is stored every {@code claimtrail.snapshots.every} events. A cached aggregate another node changed meanwhile
 * fails its append on the event store's unique key; the cache entry is dropped and the client told to retry.
 */
@Configuration(proxyBeanMethods = false)
public class AggregateConfiguration {

    public static final String SNAPSHOTS = "aggregateSnapshots";
    public static final String CACHE = "aggregateCache";

    @Bean(SNAPSHOTS)
    SnapshotTriggerDefinition aggregateSnapshots(Snapshotter snapshotter,
                                                 @Value("${claimtrail.snapshots.every:100}") int every) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, every);
    }

    @Bean(CACHE)
    Cache aggregateCache() {
        return new WeakReferenceCache();
    }
}
