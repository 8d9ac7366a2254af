package org.claimtrail.benchmark;

import java.util.List;
import java.util.Locale;

/** What one run measured; {@link #table()} prints it for people, and the record itself is the JSON. */
record Report(String server, int cores, WarmUp warmUp, List<AtClients> rates, LongStream longStream,
              CrowdedProposition crowdedProposition, Rebuild rebuild, double heapMiB,
              double liveHeapMiB, double maxHeapMiB) {

    /** How long the load ran before measuring, and the share of a core the server's JIT compiler took at its end. */
    record WarmUp(double seconds, double compilerShareAtEnd) {
    }

    /** At one number of clients: the INSERT ceiling, proposals and verdicts with their share of it, and lags. */
    record AtClients(int clients, double insertCeiling, Load.Result proposals, double proposalsToCeiling,
                     Load.Result verdicts, double verdictsToCeiling, LagSampler.Lags lags, MachineCpuUse machine) {
    }

    /**
     * This machine's cores busy in each phase (every process on it, see {@link MachineCpu}) and the CPU time, in ms,
     * that one INSERT, proposal or verdict took of it; NaN where the kernel's counters cannot be read.
     */
    record MachineCpuUse(double insertBusyCores, double insertMs, double proposalBusyCores, double proposalMs,
                         double verdictBusyCores, double verdictMs) {

        static MachineCpuUse of(MachineCpu.During<Double> ceiling, MachineCpu.During<Load.Result> proposals,
                                MachineCpu.During<Load.Result> verdicts) {
            return new MachineCpuUse(ceiling.busyCores(), ceiling.msPerOperation(ceiling.result()),
                    proposals.busyCores(), proposals.msPerOperation(proposals.result().perSecond()),
                    verdicts.busyCores(), verdicts.msPerOperation(verdicts.result().perSecond()));
        }
    }

    record LongStream(int events, double verdictP50OnLong, double verdictP50OnFresh, double ratio) {
    }

    record CrowdedProposition(int target, int proposed, double eventsPerClaim, double proposalP50LastHundred,
                              double proposalP50FirstHundred) {
    }

    record Rebuild(long events, double seconds, double eventsPerSecond) {
    }

    String table() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "claimtrail benchmark against %s (%d cores seen by the load)%n",
                server, cores));
        out.append(String.format(Locale.ROOT, "warm-up: %.0f s at 4 clients, the server's JIT compiler busy %.0f %% of a "
                + "core in its last 10 s%n%n", warmUp.seconds(), 100 * warmUp.compilerShareAtEnd()));
        out.append(String.format(Locale.ROOT, "%-8s %10s | %-34s | %-34s | %-19s | %-19s%n", "clients", "INSERT/s",
                "proposals/s (ratio) p50/p99 ms err", "verdicts/s (ratio) p50/p99 ms err",
                "→ table p50/p99 ms", "→ Kafka p50/p99 ms"));
        for (AtClients row : rates) {
            out.append(String.format(Locale.ROOT, "%-8d %10.0f | %s | %s | %8.1f / %8.1f | %8.1f / %8.1f%n",
                    row.clients(), row.insertCeiling(), rate(row.proposals(), row.proposalsToCeiling()),
                    rate(row.verdicts(), row.verdictsToCeiling()), row.lags().tableP50(), row.lags().tableP99(),
                    row.lags().kafkaP50(), row.lags().kafkaP99()));
        }
        out.append(String.format(Locale.ROOT, "%nthis machine's CPU (every process on it) busy, and taken by one operation:%n"));
        for (AtClients row : rates) {
            MachineCpuUse cpu = row.machine();
            out.append(String.format(Locale.ROOT, "%-8d INSERTs %.2f cores, %.3f ms each | proposals %.2f cores, "
                            + "%.2f ms (%.1f INSERTs) | verdicts %.2f cores, %.2f ms (%.1f INSERTs)%n", row.clients(),
                    cpu.insertBusyCores(), cpu.insertMs(), cpu.proposalBusyCores(), cpu.proposalMs(),
                    cpu.proposalMs() / cpu.insertMs(), cpu.verdictBusyCores(), cpu.verdictMs(),
                    cpu.verdictMs() / cpu.insertMs()));
        }
        out.append(String.format(Locale.ROOT, "%nverdict p50 on a claim with %d events: %.1f ms, on a fresh claim: %.1f ms"
                        + " (%.2f×)%n", longStream.events(), longStream.verdictP50OnLong(),
                longStream.verdictP50OnFresh(), longStream.ratio()));
        out.append(String.format(Locale.ROOT, "proposition of %d claims with two disagreeing counts: %d proposed, %.1f"
                        + " events appended per claim, proposal p50 in its last hundred %.1f ms, in its first hundred %.1f ms%n",
                crowdedProposition.target(), crowdedProposition.proposed(), crowdedProposition.eventsPerClaim(),
                crowdedProposition.proposalP50LastHundred(), crowdedProposition.proposalP50FirstHundred()));
        out.append(String.format(Locale.ROOT, "rebuild: %d events in %.1f s, %.0f events/s%n", rebuild.events(),
                rebuild.seconds(), rebuild.eventsPerSecond()));
        out.append(String.format(Locale.ROOT, "server heap after the run: %.0f MiB in use, %.0f MiB live after the last "
                + "collection, %.0f MiB at most%n", heapMiB, liveHeapMiB, maxHeapMiB));
        return out.toString();
    }

    private static String rate(Load.Result result, double ratio) {
        return String.format(Locale.ROOT, "%7.0f (%5.1f %%) %6.1f / %6.1f %4d", result.perSecond(), 100 * ratio,
                result.p50(), result.p99(), result.errors());
    }
}
