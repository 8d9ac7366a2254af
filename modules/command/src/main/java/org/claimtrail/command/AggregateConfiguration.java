package org.claimtrail.command;

import com.github.benmanes.caffeine.jcache.configuration.CaffeineConfiguration;
import com.github.benmanes.caffeine.jcache.spi.CaffeineCachingProvider;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.JCacheAdapter;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.cache.CacheManager;
import javax.cache.Caching;
import java.net.URI;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Keeps commands on long streams fast: without these, each command replays its aggregate's whole stream. The
 * aggregates last used stay in a bounded cache that holds them strongly (a weak-reference cache is emptied by every
 * collection), and a snapshot is stored every {@code claimtrail.snapshots.every} events for the ones it drops. A
 * cached aggregate another node changed meanwhile fails its append on the event store's unique key; Axon drops it
 * from the cache and the command is sent again on the fresh stream (see ClaimCommands).
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

    /** A cache manager of this context's own, so that two servers in one JVM (as in tests) never share entries. */
    @Bean(destroyMethod = "close")
    CacheManager aggregateCacheManager() {
        return Caching.getCachingProvider(CaffeineCachingProvider.class.getName())
                .getCacheManager(URI.create("claimtrail-aggregates-" + UUID.randomUUID()), getClass().getClassLoader());
    }

    @Bean(CACHE)
    Cache aggregateCache(CacheManager aggregateCacheManager,
                         @Value("${claimtrail.aggregate-cache.size:10000}") long size) {
        CaffeineConfiguration<Object, Object> configuration = new CaffeineConfiguration<>();
        configuration.setMaximumSize(OptionalLong.of(size));
        // Aggregates are live objects that Axon changes in place: kept by reference, never copied.
        configuration.setStoreByValue(false);
        return new JCacheAdapter(aggregateCacheManager.createCache("aggregates", configuration));
    }
}
