package org.claimtrail.local.cluster;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * The fault hook of the crash tests, never part of the server: {@link CommitHaltJar} puts it on the classpath of a node
 * the test starts, and {@code claimtrail.faults.halt=before-commit|after-commit} turns it on. The process then halts,
 * as with {@code kill -9}, just before or just after the transaction of its first command with an
 * {@code Idempotency-Key} commits.
 * <p>
 * A handler interceptor on Axon's command bus, registered after the server's idempotency interceptor and so inside
 * it: it runs only for a command that is handled, not for one answered from a kept result. Its callbacks are
 * registered once the handler has applied its events, so that the halt before the commit comes after the event
 * store's append (queued on the unit of work when the first event was applied) and after the idempotency result is
 * written, both in the transaction Axon's SpringTransactionManager opened; the halt after the commit comes before the
 * answer.
 */
@AutoConfiguration
@ConditionalOnProperty("claimtrail.faults.halt")
public class CommitHaltAutoConfiguration {

    /** What a halted JVM exits with, as after {@code kill -9}. */
    static final int HALTED = 137;
    /** The line the node logs as it halts, by which the test knows the hook stopped it. */
    static final String HALTING = "Fault hook: halting ";
    /** The metadata by which the server's idempotency interceptor knows a command of a request with a key. */
    private static final String IDEMPOTENCY_KEY = "idempotencyKey";

    private static final Logger log = LoggerFactory.getLogger(CommitHaltAutoConfiguration.class);

    /** Where the process halts. */
    enum Point {
        /** After the events and the result are written, before the commit. */
        BEFORE_COMMIT,
        /** After the commit, before the request is answered. */
        AFTER_COMMIT
    }

    @Bean
    MessageHandlerInterceptor<CommandMessage<?>> commitHalt(@Value("${claimtrail.faults.halt}") Point point) {
        log.warn("Fault hook on: this process halts {} its first command with an Idempotency-Key "
                + "(claimtrail.faults.halt).", point);
        return (unitOfWork, chain) -> {
            Object result = chain.proceed();
            if (unitOfWork.getMessage().getMetaData().containsKey(IDEMPOTENCY_KEY)) {
                switch (point) {
                    case BEFORE_COMMIT -> unitOfWork.onPrepareCommit(u -> halt(point));
                    case AFTER_COMMIT -> unitOfWork.afterCommit(u -> halt(point));
                }
            }
            return result;
        };
    }

    private static void halt(Point point) {
        log.warn(HALTING + point);
        Runtime.getRuntime().halt(HALTED);
    }
}
