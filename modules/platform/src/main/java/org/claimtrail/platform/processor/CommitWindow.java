package org.claimtrail.platform.processor;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs an action once a window after the first of any number of local commits, so that the commits of one window
 * are read and handled together ({@code claimtrail.processors.batch-window}). The event store's reader and the
 * processors each follow commits through one.
 */
public final class CommitWindow implements AutoCloseable {

    /** The property and its default, for every {@code @Value} that reads it. */
    public static final String PROPERTY = "${claimtrail.processors.batch-window:20ms}";

    private final long delayMillis;
    private final Runnable action;
    private final AtomicBoolean pending = new AtomicBoolean();
    private final ScheduledExecutorService timer;

    /** {@code action} runs {@code window} plus {@code after} past the first commit it was told of. */
    public CommitWindow(String name, Duration window, Duration after, Runnable action) {
        this.delayMillis = window.plus(after).toMillis();
        this.action = action;
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Tells of a commit: the action runs at the end of the window that is open, or of one this opens. */
    public void committed() {
        if (!timer.isShutdown() && pending.compareAndSet(false, true)) {
            timer.schedule(() -> {
                pending.set(false);
                action.run();
            }, delayMillis, TimeUnit.MILLISECONDS);
        }
    }

    /** Runs {@code task} every {@code interval}, on the window's thread. */
    void every(Duration interval, Runnable task) {
        timer.scheduleWithFixedDelay(task, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
