package org.claimtrail.audit;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.claimtrail.audit.checkpoint.AuditKeys;
import org.claimtrail.audit.checkpoint.CheckpointCopy;
import org.claimtrail.audit.checkpoint.CheckpointWriter;
import org.claimtrail.audit.checkpoint.Checkpoints;
import org.claimtrail.audit.checkpoint.StoreCheckpointer;
import org.claimtrail.audit.link.ClaimChain;
import org.claimtrail.audit.verify.HistoryChain;
import org.claimtrail.audit.verify.StoreAudit;
import org.claimtrail.platform.claim.ClaimFoldCache;
import org.claimtrail.platform.role.ConditionalOnRole;
import org.claimtrail.platform.role.NodeRole;
import org.claimtrail.platform.schema.ModuleSchema;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import javax.sql.DataSource;
import java.time.Duration;

/**
 * The audit chain (docs/audit.md), one home for what the roles do with it: the command role links each new claim
 * event into its claim's chain, the notification role signs the heads and the whole store and copies them out of the
 * database, and the projection role verifies a history or the store and exports bundles. Every role migrates the
 * checkpoint tables and knows the keys.
 */
@AutoConfiguration
public class AuditAutoConfiguration {

    @Bean
    ModuleSchema auditSchema(DataSource dataSource) {
        return new ModuleSchema(dataSource, "audit");
    }

    @Bean
    AuditKeys auditKeys(@Value("${claimtrail.audit.signing-key:}") String signingKey,
                        @Value("${claimtrail.audit.public-key:}") String publicKey,
                        @Value("${claimtrail.audit.unsigned:false}") boolean unsigned, Environment environment) {
        AuditKeys keys = AuditKeys.load(signingKey, publicKey);
        keys.require(NodeRole.of(environment), unsigned);
        return keys;
    }

    @Bean
    Checkpoints checkpoints(DataSource dataSource, ModuleSchema auditSchema) {
        return new Checkpoints(new JdbcTemplate(dataSource));
    }

    @Bean
    @ConditionalOnRole(NodeRole.COMMAND)
    ClaimChain claimChain(EventStore eventStore, @Qualifier("eventSerializer") Serializer serializer) {
        return new ClaimChain(eventStore, serializer);
    }

    @Bean
    @ConditionalOnRole(NodeRole.PROJECTION)
    HistoryChain historyChain(ClaimFoldCache claims, Checkpoints checkpoints, AuditKeys keys,
                              @Qualifier("eventSerializer") Serializer serializer,
                              @Value("${claimtrail.audit.checkpoint-grace:PT5M}") Duration checkpointGrace) {
        return new HistoryChain(claims, checkpoints, keys, serializer, checkpointGrace);
    }

    @Bean
    @ConditionalOnRole(NodeRole.PROJECTION)
    StoreAudit storeAudit(Checkpoints checkpoints, EventStore eventStore, AuditKeys keys) {
        return new StoreAudit(checkpoints, eventStore, keys);
    }

    /** Signing needs the private key; the notification role's {@link CheckpointCopy} keeps what is signed. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnRole(NodeRole.NOTIFICATION)
    @ConditionalOnProperty("claimtrail.audit.signing-key")
    static class Signing {

        @Bean
        CheckpointWriter checkpointWriter(AuditKeys keys, Checkpoints checkpoints, CheckpointCopy copy) {
            return new CheckpointWriter(keys, checkpoints, copy);
        }

        @Bean
        StoreCheckpointer storeCheckpointer(AuditKeys keys, Checkpoints checkpoints, CheckpointCopy copy,
                                            PlatformTransactionManager transactions) {
            return new StoreCheckpointer(keys, checkpoints, copy, transactions);
        }

        /**
         * The checkpoint writer reads the event store itself, not through the prompt streams the other processors
         * read: no call back 20 ms after each commit, and a claim that changed several times before the writer looked
         * is signed once. Axon waits 500 ms only after a look that found nothing; under steady load it finds events at
         * every look (330 checkpoints a second for 80 claims judged at 1,300 verdicts a second), which is still a
         * fraction of the signature, row and Kafka record per event it took on the prompt streams.
         */
        @Bean
        ConfigurerModule checkpointsReadFromTheEventStore() {
            return configurer -> configurer.eventProcessing().registerPooledStreamingEventProcessorConfiguration(
                    CheckpointWriter.PROCESSING_GROUP,
                    (configuration, processor) -> processor.messageSource(configuration.eventStore()));
        }
    }
}
