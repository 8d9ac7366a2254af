package org.claimtrail.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The machine's own ceiling: how many one-row INSERTs a second the same PostgreSQL commits, each its own transaction
 * with the server's durability settings (synchronous commit as configured), from {@code clients} connections.
 */
final class InsertCeiling {

    private final Settings settings;

    InsertCeiling(Settings settings) {
        this.settings = settings;
    }

    double perSecond(int clients, Duration duration) throws Exception {
        try (Connection setup = connect(); Statement statement = setup.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS benchmark_insert (id BIGSERIAL PRIMARY KEY,"
                    + " at TIMESTAMPTZ NOT NULL DEFAULT now(), payload TEXT NOT NULL)");
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long end = System.nanoTime() + duration.toNanos();
        long start = System.nanoTime();
        List<Future<Long>> counts = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            counts.add(pool.submit(() -> {
                long inserted = 0;
                try (Connection connection = connect();
                     PreparedStatement insert = connection.prepareStatement(
                             "INSERT INTO benchmark_insert (payload) VALUES (?)")) {
                    while (System.nanoTime() < end) {
                        insert.setString(1, "a claim event of about this size, as JSON text");
                        insert.executeUpdate();
                        inserted++;
                    }
                }
                return inserted;
            }));
        }
        long total = 0;
        for (Future<Long> count : counts) {
            total += count.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        try (Connection cleanup = connect(); Statement statement = cleanup.createStatement()) {
            statement.execute("DROP TABLE benchmark_insert");
        }
        return total / seconds;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(settings.jdbcUrl(), settings.jdbcUser(), settings.jdbcPassword());
    }
}
