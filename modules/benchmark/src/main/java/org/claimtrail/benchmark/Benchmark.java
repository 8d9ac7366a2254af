package org.claimtrail.benchmark;

import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code java -jar modules/benchmark/target/claimtrail-benchmark.jar [--name=value ...]}: measures a running
 * claimtrail from outside and prints a table, also written as JSON. Every rate is set against the machine's own
 * ceiling measured in the same run: the same PostgreSQL's one-row INSERTs a second at the same number of clients.
 */
public final class Benchmark {

    private static final Duration WARM_UP_ROUND = Duration.ofSeconds(10);
    /** The share of one core the compiler may take in a warm-up round for the server to count as warm. */
    private static final double QUIET_COMPILER = 0.05;

    private final Settings settings;
    private final Client api;
    private final InsertCeiling database;
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    private Benchmark(Settings settings) {
        this.settings = settings;
        this.api = new Client(settings.url(), settings.password());
        this.database = new InsertCeiling(settings);
    }

    public static void main(String[] args) throws Exception {
        // The Kafka consumer's INFO lines would bury the table.
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        if (List.of(args).contains("--help")) {
            System.out.print(Settings.usage());
            return;
        }
        Settings settings;
        try {
            settings = Settings.from(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(Settings.usage());
            System.exit(2);
            return;
        }
        Report report = new Benchmark(settings).measure();
        System.out.println(report.table());
        Files.writeString(settings.out(), Client.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report));
        System.out.println("Written to " + settings.out().toAbsolutePath());
    }

    private Report measure() throws Exception {
        Report.WarmUp warmUp = warmUp();
        List<Report.AtClients> rows = new ArrayList<>();
        for (int clients : settings.clients()) {
            MachineCpu.During<Double> ceiling = MachineCpu.during(() -> database.perSecond(clients, settings.duration()));
            MachineCpu.During<Load.Result> proposals = MachineCpu.during(() -> Load.run(clients, settings.duration(),
                    (client, n) -> api.post("contributor", "/api/v1/claims", Client.proposal(
                            "Benchmark claim " + run + "-" + clients + "-" + client + "-" + n, null, null))));
            List<List<String>> claims = claimsPerClient(clients, 20);
            MachineCpu.During<Load.Result> verdicts;
            LagSampler.Lags lags;
            try (LagSampler sampler = new LagSampler(settings, database)) {
                verdicts = MachineCpu.during(() -> Load.run(clients, settings.duration(), (client, n) -> {
                    List<String> mine = claims.get(client);
                    return judge(sampler, mine.get((int) (n % mine.size())), n, n % 4 < 2 ? "CORROBORATE" : "DISPUTE");
                }));
                lags = sampler.lags();
            }
            double insertsPerSecond = ceiling.result();
            rows.add(new Report.AtClients(clients, insertsPerSecond, proposals.result(),
                    proposals.result().perSecond() / insertsPerSecond, verdicts.result(),
                    verdicts.result().perSecond() / insertsPerSecond, lags,
                    Report.MachineCpuUse.of(ceiling, proposals, verdicts)));
        }
        return new Report(settings.url(), Runtime.getRuntime().availableProcessors(), warmUp, rows, longStream(),
                crowdedProposition(), rebuild(), heapMiB(), liveHeapMiB(), maxHeapMiB());
    }

    /**
     * Proposals and verdicts at 4 clients, not measured, in rounds of {@link #WARM_UP_ROUND}, until the server's JIT
     * compiler is quiet or {@code --warmup-seconds} have passed. A server just started compiles for minutes under
     * load (it spent a third of its CPU compiling a minute in), which would be counted against whichever phase came
     * first; a server that has run for a while does not.
     */
    private Report.WarmUp warmUp() throws Exception {
        if (settings.warmup().isZero()) {
            return new Report.WarmUp(0, Double.NaN);
        }
        List<List<String>> claims = claimsPerClient(4, 5);
        long start = System.nanoTime();
        double compiling;
        // The lags' watchers run too: the broker's first consumer otherwise met a cold fetch path while measured.
        try (LagSampler sampler = new LagSampler(settings, database)) {
            do {
                double compiledBefore = compiledMillis();
                Load.run(4, WARM_UP_ROUND, (client, n) -> n % 2 == 0
                        ? api.post("contributor", "/api/v1/claims", Client.proposal("Warm-up claim " + run + "-"
                                + client + "-" + n, null, null))
                        : judge(sampler, claims.get(client).get((int) (n % 5)), n / 2, "DISPUTE"));
                compiling = (compiledMillis() - compiledBefore) / WARM_UP_ROUND.toMillis();
            } while (compiling > QUIET_COMPILER && System.nanoTime() - start < settings.warmup().toNanos());
        }
        return new Report.WarmUp((System.nanoTime() - start) / 1e9, compiling);
    }

    /** The {@code n}th verdict of a client, by the two reviewers in turn; every tenth acknowledged one is sampled. */
    private Client.Answer judge(LagSampler sampler, String claim, long n, String verdict) {
        Client.Answer answer = api.post(n % 2 == 0 ? "reviewer1" : "reviewer2", "/api/v1/claims/" + claim + "/verdicts",
                Client.verdict(verdict));
        if (answer.ok() && n % 10 == 0) {
            sampler.acknowledged(claim, answer.json().get("version").asLong());
        }
        return answer;
    }

    /** Claims for the verdict load: each client judges its own, so that clients do not race one another. */
    private List<List<String>> claimsPerClient(int clients, int each) {
        List<List<String>> claims = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            List<String> mine = new ArrayList<>();
            for (int i = 0; i < each; i++) {
                mine.add(api.propose("Judged claim " + run + "-" + clients + "-" + c + "-" + i, null, null));
            }
            claims.add(mine);
        }
        return claims;
    }

    /** Verdict latency on a claim with a long history against that on fresh claims, one client. */
    private Report.LongStream longStream() {
        String claim = api.propose("A claim with a long history " + run, null, null);
        for (int i = 0; i < settings.longStream(); i++) {
            Client.Answer answer = api.post(i % 2 == 0 ? "reviewer1" : "reviewer2", "/api/v1/claims/" + claim
                    + "/verdicts", Client.verdict(i % 4 < 2 ? "CORROBORATE" : "DISPUTE"));
            if (!answer.ok()) {
                throw new IllegalStateException("A verdict was answered " + answer.status() + ": " + answer.body());
            }
        }
        Latencies onLong = new Latencies();
        Latencies onFresh = new Latencies();
        for (int i = 0; i < 200; i++) {
            long sent = System.nanoTime();
            api.post("reviewer1", "/api/v1/claims/" + claim + "/verdicts", Client.verdict(i % 2 == 0 ? "DISPUTE" : "CORROBORATE"));
            onLong.record(System.nanoTime() - sent);
            String fresh = api.propose("A fresh claim " + run + "-" + i, null, null);
            sent = System.nanoTime();
            api.post("reviewer1", "/api/v1/claims/" + fresh + "/verdicts", Client.verdict("DISPUTE"));
            onFresh.record(System.nanoTime() - sent);
        }
        double fresh = onFresh.summary().p50();
        double longer = onLong.summary().p50();
        return new Report.LongStream(settings.longStream(), longer, fresh, longer / fresh);
    }

    /**
     * A proposition holding many claims with two disagreeing counts: the events each new claim appends, and proposal
     * latency on it against that of its first hundred proposals, made while it was fresh. Both meet the same work
     * behind them (each claim is linked to the other side), so they differ only in how crowded the proposition is.
     * Bounded in time: it stops at the limit and says how far it got.
     */
    private Report.CrowdedProposition crowdedProposition() throws Exception {
        String crowded = "benchmark-crowded-" + run;
        long eventsBefore = events();
        long start = System.nanoTime();
        int proposed = 0;
        Latencies early = new Latencies();
        Latencies late = new Latencies();
        while (proposed < settings.propositionClaims()
                && System.nanoTime() - start < settings.propositionLimit().toNanos()) {
            String count = proposed % 2 == 0 ? "{\"value\": 1500, \"qualifier\": \"EXACT\", \"unit\": \"troops\"}"
                    : "{\"value\": 3000, \"qualifier\": \"AT_LEAST\", \"unit\": \"soldiers\"}";
            long sent = System.nanoTime();
            api.propose("Crowded claim " + run + "-" + proposed, crowded, count);
            long took = System.nanoTime() - sent;
            if (proposed < 100) {
                early.record(took);
            }
            if (proposed >= settings.propositionClaims() - 100) { // the last hundred, on a crowded proposition
                late.record(took);
            }
            proposed++;
        }
        awaitProcessorsIdle(Duration.ofMinutes(2));
        long appended = events() - eventsBefore;
        // A summary empties its recorder: read each once.
        Latencies.Summary there = late.summary();
        return new Report.CrowdedProposition(settings.propositionClaims(), proposed, appended / (double) proposed,
                there.count() == 0 ? Double.NaN : there.p50(), early.summary().p50());
    }

    /** Rebuilds the read tables and measures the events replayed a second. */
    private Report.Rebuild rebuild() throws Exception {
        awaitProcessorsIdle(Duration.ofMinutes(2));
        long start = System.nanoTime();
        Client.Answer started = api.post("admin", "/api/v1/admin/projections/claims/rebuild", "");
        if (started.status() != 202) {
            throw new IllegalStateException("The rebuild was answered " + started.status() + ": " + started.body());
        }
        JsonNode status;
        do {
            Thread.sleep(200);
            status = api.get("admin", "/api/v1/admin/projections").json().get(0);
        } while (status.get("rebuilding").asBoolean() || status.get("position").asLong() < status.get("head").asLong());
        double seconds = (System.nanoTime() - start) / 1e9;
        long events = status.get("head").asLong();
        return new Report.Rebuild(events, seconds, events / seconds);
    }

    private void awaitProcessorsIdle(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode processors = api.get("admin", "/actuator/health").json().at("/components/processors/details");
            boolean idle = true;
            for (JsonNode processor : processors) {
                idle &= processor.get("lag").asLong() == 0;
            }
            if (idle && processors.size() > 0) {
                return;
            }
            Thread.sleep(200);
        }
    }

    private long events() throws Exception {
        try (Connection connection = database.connect();
             PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM domainevententry");
             ResultSet result = count.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    /** The server's heap in use, as its own metrics tell: live objects and garbage not yet collected. */
    private double heapMiB() {
        return metric("jvm.memory.used?tag=area:heap") / (1024 * 1024);
    }

    /**
     * The most heap the server's JVM may take, as the sum of its heap pools' limits: about -Xmx (or a quarter of the
     * machine's memory when none is given), less what the collector keeps out of use (a survivor space, for one).
     */
    private double maxHeapMiB() {
        return metric("jvm.memory.max?tag=area:heap") / (1024 * 1024);
    }

    /** What the last collection left of the old generation, whichever the collector: what the server keeps. */
    private double liveHeapMiB() {
        return metric("jvm.gc.live.data.size") / (1024 * 1024);
    }

    /** The milliseconds the server's JIT compiler has worked since it started. */
    private double compiledMillis() {
        return metric("jvm.compilation.time", "COUNT");
    }

    private double metric(String query) {
        return metric(query, "VALUE");
    }

    private double metric(String query, String statistic) {
        JsonNode metric = api.get("admin", "/actuator/metrics/" + query).json();
        Map<String, Double> measurements = new LinkedHashMap<>();
        metric.get("measurements").forEach(m -> measurements.put(m.get("statistic").asString(), m.get("value").asDouble()));
        return measurements.getOrDefault(statistic, Double.NaN);
    }
}
