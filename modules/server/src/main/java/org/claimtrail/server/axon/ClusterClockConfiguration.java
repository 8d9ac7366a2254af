package org.claimtrail.server.axon;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.tokenstore.AbstractTokenEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Axon's clock is PostgreSQL's, not the node's. Axon reads the time in two places where nodes must agree: token claims
 * (a claim older than the claim timeout by the reader's clock may be taken) and the event store's gap detection (a
 * reader keeps waiting for an event missing below one it read only while that one is younger than the gap timeout, 60 s,
 * by the reader's clock). A node whose clock is a minute ahead thus gives up on every gap at once, and skips for good
 * an event that another node commits into it a moment later: its Kafka relay or read tables lose it. So the clock
 * Axon reads (and stamps events with) is this node's, corrected by its offset from PostgreSQL's clock, measured at
 * start and every {@code claimtrail.cluster-clock.interval} (30 s); the segment balancer and idempotency keys already
 * use PostgreSQL's time.
 * <p>
 * {@code claimtrail.faults.clock-offset} (such as {@code PT1H}; a fault for tests, off unless set at start) puts this
 * node's own clock that far off, as on a host whose clock drifted: the correction is what then keeps it in step.
 */
@Configuration(proxyBeanMethods = false)
class ClusterClockConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ClusterClockConfiguration.class);

    /** Set before any bean is made, so that every processor Axon builds reads this clock. */
    @Bean
    static BeanFactoryPostProcessor clusterClockInstaller(Environment environment) {
        Duration fault = environment.getProperty("claimtrail.faults.clock-offset", Duration.class, Duration.ZERO);
        return beanFactory -> {
            if (!fault.isZero()) {
                log.warn("Fault on: this node's clock is {} off (claimtrail.faults.clock-offset). Never set it outside "
                        + "tests.", fault);
            }
            ClusterClock clock = new ClusterClock(Clock.offset(Clock.systemUTC(), fault));
            GenericEventMessage.clock = clock;
            AbstractTokenEntry.clock = clock;
            beanFactory.registerSingleton("clusterClock", clock);
        };
    }

    @Bean
    Calibration clusterClockCalibration(ClusterClock clusterClock, JdbcClient jdbc) {
        Calibration calibration = new Calibration(clusterClock, jdbc);
        // Before the processors start, which happens once every bean is made.
        calibration.calibrate();
        return calibration;
    }

    /** Measures the node's offset from PostgreSQL's clock: half a round trip is the error, a few milliseconds. */
    static final class Calibration {

        private final ClusterClock clock;
        private final JdbcClient jdbc;

        Calibration(ClusterClock clock, JdbcClient jdbc) {
            this.clock = clock;
            this.jdbc = jdbc;
        }

        @Scheduled(fixedDelayString = "${claimtrail.cluster-clock.interval:PT30S}",
                initialDelayString = "${claimtrail.cluster-clock.interval:PT30S}")
        void calibrate() {
            try {
                Instant sent = clock.local().instant();
                Instant database = jdbc.sql("SELECT clock_timestamp()").query(Timestamp.class).single().toInstant();
                Instant received = clock.local().instant();
                Duration offset = Duration.between(sent.plus(Duration.between(sent, received).dividedBy(2)), database);
                if (offset.abs().compareTo(Duration.ofSeconds(1)) > 0) {
                    log.warn("This node's clock is {} off PostgreSQL's; Axon uses PostgreSQL's time", offset.negated());
                }
                clock.correct(offset);
            } catch (DataAccessException e) {
                // The last correction holds; a clock drifts by milliseconds a minute.
                log.warn("Could not compare this node's clock with PostgreSQL's: {}", e.getMessage());
            }
        }
    }
}
