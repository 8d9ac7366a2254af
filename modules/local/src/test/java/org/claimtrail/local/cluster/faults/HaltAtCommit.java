package org.claimtrail.local.cluster.faults;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * The fault suite's hook, which production code never holds: with {@code claimtrail.faults.halt} set, the process
 * halts, as with {@code kill -9}, just before ({@code before-commit}: the events and the kept answer are written,
 * the transaction is not committed) or just after ({@code after-commit}: committed, not answered) the transaction of
 * the first command that carries an {@code Idempotency-Key}. It reaches a node only when a test starts the built jar
 * with this module's test classes on its loader path ({@code ClusterNode}); see docs/benchmark.md.
 */
@AutoConfiguration
@ConditionalOnProperty("claimtrail.faults.halt")
public class HaltAtCommit {

    private static final Logger log = LoggerFactory.getLogger(HaltAtCommit.class);

    /** The command metadata that names a request's Idempotency-Key (the server's idempotency package sets it). */
    private static final String IDEMPOTENCY_KEY = "idempotencyKey";

    enum Halt {
        BEFORE_COMMIT, AFTER_COMMIT
    }

    @Bean
    MessageHandlerInterceptor<CommandMessage<?>> haltAtCommit(@Value("${claimtrail.faults.halt}") Halt halt) {
        log.warn("Fault hook on: this process halts {} the first command with an Idempotency-Key.", halt);
        return (unitOfWork, chain) -> {
            Object result = chain.proceed();
            if (unitOfWork.getMessage().getMetaData().get(IDEMPOTENCY_KEY) != null) {
                // Registered after the handler applied its events, so the event store's append runs first.
                switch (halt) {
                    case BEFORE_COMMIT -> unitOfWork.onPrepareCommit(u -> halt());
                    case AFTER_COMMIT -> unitOfWork.afterCommit(u -> halt());
                }
            }
            return result;
        };
    }

    private static void halt() {
        log.warn("Halting (claimtrail.faults.halt)");
        Runtime.getRuntime().halt(137);
    }
}
