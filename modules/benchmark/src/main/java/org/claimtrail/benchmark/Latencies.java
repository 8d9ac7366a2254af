package org.claimtrail.benchmark;

import org.HdrHistogram.Recorder;

/** Latencies recorded from many threads at once, in microseconds; a summary takes those recorded since the last one. */
final class Latencies {

    private final Recorder recorder = new Recorder(3);

    void record(long nanos) {
        recorder.recordValue(Math.max(1, nanos / 1_000));
    }

    /** p50 and p99 in milliseconds, and how many were recorded. */
    record Summary(double p50, double p99, long count) {
    }

    Summary summary() {
        var histogram = recorder.getIntervalHistogram();
        return new Summary(histogram.getValueAtPercentile(50) / 1_000.0, histogram.getValueAtPercentile(99) / 1_000.0,
                histogram.getTotalCount());
    }
}
