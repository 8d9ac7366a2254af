package org.claimtrail.platform.processor;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The cluster's processors as metrics, read from the token store every {@code interval}:
 * {@code claimtrail.processor.lag} (tags processor, segment, owner) and {@code claimtrail.processor.segments.owned}
 * (tags processor, node). Every node reports the whole cluster, so one scrape shows which node holds what.
 */
class ProcessorMetrics implements MeterBinder, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ProcessorMetrics.class);
    private static final String FREE = "none";

    private final ClusterProcessors processors;
    private final Duration interval;
    private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "claimtrail-processor-metrics");
        thread.setDaemon(true);
        return thread;
    });

    ProcessorMetrics(ClusterProcessors processors, Duration interval) {
        this.processors = processors;
        this.interval = interval;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        MultiGauge lag = MultiGauge.builder("claimtrail.processor.lag")
                .description("Events stored but not yet handled by a processor's segment")
                .register(registry);
        MultiGauge owned = MultiGauge.builder("claimtrail.processor.segments.owned")
                .description("Segments of a processor that a node holds")
                .register(registry);
        refresher.scheduleWithFixedDelay(() -> refresh(lag, owned), 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void refresh(MultiGauge lag, MultiGauge owned) {
        try {
            List<MultiGauge.Row<?>> lagRows = new ArrayList<>();
            List<MultiGauge.Row<?>> ownedRows = new ArrayList<>();
            for (String name : processors.names()) {
                Map<String, Integer> perNode = new TreeMap<>();
                for (SegmentStatus segment : processors.status(name).segments()) {
                    String owner = segment.owner() == null ? FREE : segment.owner();
                    lagRows.add(MultiGauge.Row.of(Tags.of("processor", name, "segment",
                            Integer.toString(segment.segment()), "owner", owner), segment.lag()));
                    perNode.merge(owner, 1, Integer::sum);
                }
                perNode.forEach((node, count) ->
                        ownedRows.add(MultiGauge.Row.of(Tags.of("processor", name, "node", node), count)));
            }
            lag.register(lagRows, true);
            owned.register(ownedRows, true);
        } catch (RuntimeException e) {
            // PostgreSQL away: the gauges keep their last values, and health tells the outage.
            log.debug("Could not read the processors' tokens: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        refresher.shutdownNow();
    }
}
