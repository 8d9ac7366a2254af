package org.claimtrail.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Processes stopped with {@code kill -STOP}, as a hung host or a process stuck in the kernel looks from outside: their
 * sockets stay open and accept connections, but nothing answers. {@link #close()} lets them go on ({@code kill -CONT}).
 */
public final class Paused implements AutoCloseable {

    private final List<Long> pids;

    private Paused(List<Long> pids) {
        this.pids = pids;
        signal("-STOP");
    }

    /**
     * PostgreSQL whose data directory is {@code dataDir}: its postmaster (the first line of {@code postmaster.pid})
     * and every backend and helper it forked. A stopped postmaster forks no new backends.
     */
    public static Paused postgres(Path dataDir) {
        long postmaster;
        try (Stream<String> lines = Files.lines(dataDir.resolve("postmaster.pid"))) {
            postmaster = Long.parseLong(lines.findFirst().orElseThrow().strip());
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL's pid file is not in " + dataDir, e);
        }
        List<Long> pids = new ArrayList<>();
        pids.add(postmaster);
        ProcessHandle.of(postmaster).orElseThrow(() -> new IllegalStateException("PostgreSQL is not running"))
                .descendants().forEach(child -> pids.add(child.pid()));
        return new Paused(pids);
    }

    /** One process, such as a JVM. */
    public static Paused process(ProcessHandle process) {
        return new Paused(List.of(process.pid()));
    }

    @Override
    public void close() {
        signal("-CONT");
    }

    private void signal(String signal) {
        List<String> command = new ArrayList<>(List.of("kill", signal));
        pids.forEach(pid -> command.add(Long.toString(pid)));
        try {
            Process kill = new ProcessBuilder(command).inheritIO().start();
            if (kill.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
