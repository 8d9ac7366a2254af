package org.claimtrail.platform.processor;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Splits each processor's segments evenly among the nodes that run it. Axon's coordinator claims every free
 * segment it finds, so the node that starts first would keep them all. Every {@code interval}, each node records
 * that it runs the processor (in PostgreSQL, by PostgreSQL's clock) and, when it holds more than its share of the
 * segments (all segments over the nodes seen lately, rounded up), releases one for a while so that another node
 * claims it. A node that dies stops being counted after {@code nodeTimeout}; its segments are claimed by the
 * others once its token claims expire.
 */
class SegmentBalancer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SegmentBalancer.class);

    private final EventProcessingConfiguration processing;
    private final ClusterProcessors cluster;
    private final JdbcTemplate jdbc;
    private final String nodeId;
    private final Duration interval;
    private final Duration nodeTimeout;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "claimtrail-segment-balancer");
        thread.setDaemon(true);
        return thread;
    });

    SegmentBalancer(EventProcessingConfiguration processing, ClusterProcessors cluster, JdbcTemplate jdbc,
                    String nodeId, Duration interval, Duration nodeTimeout) {
        this.processing = processing;
        this.cluster = cluster;
        this.jdbc = jdbc;
        this.nodeId = nodeId;
        this.interval = interval;
        this.nodeTimeout = nodeTimeout;
    }

    void start() {
        scheduler.scheduleWithFixedDelay(this::balance, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    void balance() {
        try {
            processing.eventProcessors().values().stream()
                    .filter(StreamingEventProcessor.class::isInstance)
                    .map(StreamingEventProcessor.class::cast)
                    .filter(StreamingEventProcessor::isRunning)
                    .forEach(this::balance);
        } catch (RuntimeException e) {
            // PostgreSQL away: the segments stay where they are until it is back.
            log.debug("Could not balance the processors' segments: {}", e.getMessage());
        }
    }

    private void balance(StreamingEventProcessor processor) {
        String name = processor.getName();
        jdbc.update("INSERT INTO processor_node (processor_name, node_id, seen_at) VALUES (?, ?, now()) "
                + "ON CONFLICT (processor_name, node_id) DO UPDATE SET seen_at = now()", name, nodeId);
        Integer nodes = jdbc.queryForObject("SELECT count(*) FROM processor_node WHERE processor_name = ? "
                + "AND seen_at > now() - make_interval(secs => ?)", Integer.class, name, nodeTimeout.toSeconds());
        int segments = cluster.segmentCount(name);
        int share = (int) Math.ceil(segments / (double) Math.max(1, nodes == null ? 1 : nodes));
        int held = processor.processingStatus().size();
        if (held > share) {
            int released = processor.processingStatus().keySet().stream().max(Comparator.naturalOrder()).orElseThrow();
            log.info("Releasing segment {} of {}: this node holds {} of {} segments shared by {} nodes", released,
                    name, held, segments, nodes);
            // Long enough for another node's coordinator to claim it; after that this node may claim it back.
            processor.releaseSegment(released, 3 * interval.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        jdbc.update("DELETE FROM processor_node WHERE node_id = ?", nodeId);
    }
}
