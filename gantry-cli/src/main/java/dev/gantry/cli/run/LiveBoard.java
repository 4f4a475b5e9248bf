package dev.gantry.cli.run;

import dev.gantry.engine.exec.Annotation;
import dev.gantry.engine.exec.Conclusion;
import dev.gantry.engine.exec.JobResult;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Shows runs on a terminal: log lines stream up, prefixed {@code [job / step]}, and below them a compact board
 * of the running jobs (state, current step, elapsed) with a count of the rest, redrawn in place with ANSI escapes
 * ten times a second. Finished jobs leave one line ({@code ✓ build 1.2s}) in the scrolling part.
 *
 * <p>Threads: events arrive on any thread and only update state under a lock; a daemon ticker thread draws.
 * {@link #close} stops the ticker and erases the board, leaving the scrolled lines.
 */
final class LiveBoard implements RunObserver, AutoCloseable {

    static final Duration FRAME = Duration.ofMillis(100);
    private static final int MAX_ROWS = 12;
    private static final String[] SPINNER = {"⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"};
    private static final String GREEN = "\u001b[32m";
    private static final String RED = "\u001b[31m";
    private static final String YELLOW = "\u001b[33m";
    private static final String GREY = "\u001b[90m";
    private static final String BOLD = "\u001b[1m";
    private static final String RESET = "\u001b[0m";

    private static final class Row {
        final Instant started;
        String step = "";

        Row(Instant started) {
            this.started = started;
        }
    }

    private final PrintWriter out;
    private final Labels labels;
    private final Clock clock;
    private final int width;
    private final Instant begun;
    private final ConcurrentLinkedQueue<String> scroll = new ConcurrentLinkedQueue<>();
    private final Map<JobRef, Row> running = new LinkedHashMap<>();
    private int finished;
    private int failed;
    private int drawnLines;
    private int frame;
    private volatile boolean closed;
    private final Thread ticker;

    LiveBoard(PrintWriter out, Labels labels, Clock clock) {
        this.out = out;
        this.labels = labels;
        this.clock = clock;
        this.width = columns();
        this.begun = clock.instant();
        this.ticker = Thread.ofPlatform().daemon().name("gantry live board").start(this::tick);
    }

    @Override
    public void runStarted(RunRef run) {
        scroll.add(BOLD + "Run " + run.title() + RESET + " (" + run.file() + ")");
    }

    @Override
    public synchronized void jobStarted(JobRef job) {
        running.put(job, new Row(clock.instant()));
    }

    @Override
    public void stepStarted(JobRef job, int stepIndex, String name) {
        labels.stepStarted(job, stepIndex, name);
        synchronized (this) {
            Row row = running.get(job);
            if (row != null) {
                row.step = name;
            }
        }
    }

    @Override
    public void log(JobRef job, int stepIndex, String line) {
        scroll.add(GREY + labels.prefix(job, stepIndex) + RESET + " " + line);
    }

    /** Not printed here: the step's log already shows it as a {@code ##[error]} line; the summary lists it with its location. */
    @Override
    public void annotation(JobRef job, int stepIndex, Annotation annotation) {}

    @Override
    public void jobFinished(JobRef job, JobResult result) {
        synchronized (this) {
            running.remove(job);
            count(result.conclusion());
        }
        scroll.add(mark(result.conclusion()) + " " + labels.job(job) + " " + GREY
                + Durations.format(Duration.between(result.started(), result.finished()))
                + (result.conclusion() instanceof Conclusion.Success ? "" : " " + Labels.conclusion(result.conclusion()))
                + RESET);
    }

    @Override
    public void jobConcluded(JobRef job, Conclusion conclusion) {
        synchronized (this) {
            running.remove(job);
            count(conclusion);
        }
        scroll.add(mark(conclusion) + " " + labels.job(job) + " " + GREY + Labels.conclusion(conclusion) + RESET);
    }

    @Override
    public void runFinished(RunRef run, Conclusion conclusion) {
        scroll.add(mark(conclusion) + " " + BOLD + "Run " + run.title() + RESET + ": " + conclusion.result());
    }

    /** Stops drawing and erases the board; the scrolled lines stay. Call once, after the last event. */
    @Override
    public void close() {
        closed = true;
        ticker.interrupt();
        try {
            ticker.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        draw(false);
    }

    private void tick() {
        while (!closed) {
            draw(true);
            try {
                Thread.sleep(FRAME);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void count(Conclusion c) {
        finished++;
        if (c instanceof Conclusion.Failure) {
            failed++;
        }
    }

    /** Erases the board, prints what scrolled in since, and draws the board again (unless {@code board} is off). */
    synchronized void draw(boolean board) {
        StringBuilder text = new StringBuilder();
        if (drawnLines > 0) {
            text.append("\r\u001b[").append(drawnLines).append("A\u001b[J");
        }
        for (String line = scroll.poll(); line != null; line = scroll.poll()) {
            text.append(line).append(RESET).append('\n');
        }
        drawnLines = 0;
        if (board) {
            for (String line : boardLines()) {
                text.append(line).append('\n');
                drawnLines++;
            }
        }
        out.print(text);
        out.flush();
    }

    private List<String> boardLines() {
        List<String> lines = new ArrayList<>();
        Instant now = clock.instant();
        frame = (frame + 1) % SPINNER.length;
        String status = "%d running, %d done%s, %s".formatted(running.size(), finished,
                failed > 0 ? " (" + failed + " failed)" : "", Durations.format(Duration.between(begun, now)));
        lines.add(GREY + fit("── " + status, width - 1) + RESET);
        int shown = 0;
        for (Map.Entry<JobRef, Row> e : running.entrySet()) {
            if (shown == MAX_ROWS) {
                lines.add(GREY + "   … and " + (running.size() - shown) + " more" + RESET);
                break;
            }
            Row row = e.getValue();
            String elapsed = Durations.format(Duration.between(row.started, now));
            String text = "%s %s  %s  %s".formatted(SPINNER[frame], labels.job(e.getKey()), row.step, elapsed);
            lines.add(fit(text, width - 1));
            shown++;
        }
        return lines;
    }

    private static String mark(Conclusion c) {
        return switch (c) {
            case Conclusion.Success s -> GREEN + "✓" + RESET;
            case Conclusion.Failure f -> RED + "✗" + RESET;
            case Conclusion.Cancelled x -> YELLOW + "⊘" + RESET;
            case Conclusion.Skipped s -> GREY + "–" + RESET;
        };
    }

    /** At most {@code max} characters, so that a board line never wraps (wrapping would break the redraw). */
    private static String fit(String text, int max) {
        return text.length() <= max ? text : text.substring(0, Math.max(0, max - 1)) + "…";
    }

    private static int columns() {
        try {
            int columns = Integer.parseInt(System.getenv().getOrDefault("COLUMNS", "80").strip());
            return columns >= 20 ? columns : 80;
        } catch (NumberFormatException e) {
            return 80;
        }
    }
}
