package dev.gantry.server.git;

import dev.gantry.server.store.Repository;
import dev.gantry.server.store.RepositoryStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Keeps the mirrors of repositories registered by URL fresh: every interval (default {@link #DEFAULT_INTERVAL}),
 * on one virtual thread, fetches each of them in turn with {@link Mirrors} and hands the refs that moved to the
 * {@link PushListener} with pusher {@value #PUSHER}. The first poll of a new repository sees every branch and tag
 * as created. A failed fetch is logged as one line and tried again at the next interval; nothing a repository, the
 * store or the listener does stops the poller. {@link #pollOnce} can be called from any thread too.
 */
public final class RepositoryPoller implements AutoCloseable {

    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(60);
    /** The pusher of the changes a poll finds. */
    public static final String PUSHER = "gantry";

    private static final Logger LOG = LoggerFactory.getLogger(RepositoryPoller.class);

    private final RepositoryStore repositories;
    private final Mirrors mirrors;
    private final PushListener listener;
    private final Duration interval;
    private final CountDownLatch stopping = new CountDownLatch(1);
    private final Object lifecycle = new Object();
    private Thread thread;

    public RepositoryPoller(RepositoryStore repositories, Mirrors mirrors, PushListener listener, Duration interval) {
        this.repositories = Objects.requireNonNull(repositories, "repositories");
        this.mirrors = Objects.requireNonNull(mirrors, "mirrors");
        this.listener = Objects.requireNonNull(listener, "listener");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("invalid poll interval " + interval + ": it must be positive");
        }
        this.interval = interval;
    }

    /** Starts polling (the first poll at once) on a virtual thread; a second call, or one after close, does nothing. */
    public void start() {
        synchronized (lifecycle) {
            if (thread == null && stopping.getCount() > 0) {
                thread = Thread.ofVirtual().name("gantry-repository-poller").start(this::run);
            }
        }
    }

    /**
     * Fetches every repository registered by URL once and tells the listener what moved. Blocks until done.
     *
     * @return how many repositories had refs that moved
     */
    public int pollOnce() {
        List<Repository> all;
        try {
            all = repositories.list();
        } catch (RuntimeException e) {
            LOG.warn("Polling repositories: cannot list them: {}", e.getMessage());
            return 0;
        }
        int moved = 0;
        for (Repository repository : all) {
            if (stopping.getCount() == 0) {
                break;
            }
            if (repository.source() instanceof Repository.Source.Remote && poll(repository)) {
                moved++;
            }
        }
        return moved;
    }

    private boolean poll(Repository repository) {
        switch (mirrors.fetch(repository)) {
            case Mirrors.Outcome.Failed failed -> {
                LOG.warn("{} (retried in {} s)", failed.problem(), interval.toSeconds());
                return false;
            }
            case Mirrors.Outcome.Fetched fetched -> {
                if (fetched.changes().isEmpty()) {
                    return false;
                }
                try {
                    listener.pushed(repository, fetched.changes(), PUSHER);
                } catch (RuntimeException e) {
                    LOG.error("New commits of {} were fetched, but handing them on failed: {}",
                            repository.fullName(), e.toString());
                }
                return true;
            }
        }
    }

    /**
     * Polls until closed. The thread is never interrupted (an interrupt in the middle of JGit's file reads can spoil
     * its shared pack cache): closing opens a latch the thread waits on between polls.
     */
    private void run() {
        try {
            do {
                pollOnce();
            } while (!stopping.await(interval.toMillis(), TimeUnit.MILLISECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Stops polling: waits for the fetch under way, if any, to end (at most {@link Mirrors#TIMEOUT_SECONDS} of a
     * silent URL), skipping the repositories after it. Idempotent; the poller cannot be started again.
     */
    @Override
    public void close() {
        stopping.countDown();
        Thread running;
        synchronized (lifecycle) {
            running = thread;
        }
        if (running != null) {
            try {
                running.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
