package org.claimtrail.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/** Runs {@code clients} threads sending one kind of request as fast as answers come, for a while. */
final class Load {

    /** One request of a client: {@code client} is the thread's number, {@code n} the request's within it. */
    interface Request {
        Client.Answer send(int client, long n);
    }

    /** Requests a second, latency percentiles in ms, and the requests not answered 2xx. */
    record Result(int clients, double perSecond, double p50, double p99, long errors) {
    }

    private Load() {
    }

    static Result run(int clients, Duration duration, Request request) throws Exception {
        Latencies latencies = new Latencies();
        AtomicLong errors = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            running.add(pool.submit(() -> {
                for (long n = 0; System.nanoTime() < end; n++) {
                    long sent = System.nanoTime();
                    Client.Answer answer = request.send(client, n);
                    latencies.record(System.nanoTime() - sent);
                    if (!answer.ok()) {
                        errors.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> client : running) {
            client.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        Latencies.Summary summary = latencies.summary();
        return new Result(clients, summary.count() / seconds, summary.p50(), summary.p99(), errors.get());
    }
}
