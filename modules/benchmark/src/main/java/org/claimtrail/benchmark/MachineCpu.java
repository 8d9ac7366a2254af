package org.claimtrail.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * How busy this machine's processors were during a phase, from the kernel's counters in {@code /proc/stat}: every
 * process counted, the server, PostgreSQL and Kafka too when the stack runs here. It tells a phase bound by the CPU
 * (every core busy) from one that waits (the INSERT ceiling waits on PostgreSQL's WAL flushes), and what an operation
 * costs the machine: the busy core time divided by the operations.
 */
final class MachineCpu {

    private static final Path STAT = Path.of("/proc/stat");

    /** A phase's result and how many of the machine's processors were busy meanwhile, on average; NaN if unknown. */
    record During<T>(T result, double busyCores) {

        /** Milliseconds of the machine's CPU each of {@code perSecond} operations took. */
        double msPerOperation(double perSecond) {
            return 1000 * busyCores / perSecond;
        }
    }

    /** The kernel's counters, in its ticks, summed over every processor; and how many processors there are. */
    record Counters(long busy, long total, int processors) {

        /** From {@code /proc/stat}'s lines: the {@code cpu} line sums them, {@code cpuN} lines count processors. */
        static Counters parse(List<String> stat) {
            String[] ticks = stat.get(0).trim().split("\\s+");
            if (!ticks[0].equals("cpu")) {
                throw new IllegalArgumentException("Not /proc/stat: " + stat.get(0));
            }
            // user nice system idle iowait irq softirq steal; guest time is counted in user already.
            long idle = Long.parseLong(ticks[4]) + Long.parseLong(ticks[5]);
            long busy = 0;
            for (int field : new int[]{1, 2, 3, 6, 7, 8}) {
                busy += Long.parseLong(ticks[field]);
            }
            int processors = (int) stat.stream().filter(line -> line.matches("cpu\\d+ .*")).count();
            return new Counters(busy, busy + idle, processors);
        }

        /** How many processors were busy, on average, between {@code earlier} and these counters. */
        double busyCoresSince(Counters earlier) {
            long total = this.total - earlier.total;
            return total <= 0 ? Double.NaN : processors * (double) (busy - earlier.busy) / total;
        }
    }

    private MachineCpu() {
    }

    static <T> During<T> during(Callable<T> phase) throws Exception {
        Counters before = read();
        T result = phase.call();
        Counters after = read();
        return new During<>(result, before == null || after == null ? Double.NaN : after.busyCoresSince(before));
    }

    private static Counters read() {
        try {
            return Counters.parse(Files.readAllLines(STAT));
        } catch (IOException | RuntimeException e) {
            return null; // not Linux, or no /proc: the shares are unknown
        }
    }
}
