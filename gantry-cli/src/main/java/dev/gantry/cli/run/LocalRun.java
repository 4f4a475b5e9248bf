package dev.gantry.cli.run;

import dev.gantry.engine.exec.Conclusion;
import dev.gantry.engine.plan.Evaluated;
import dev.gantry.engine.plan.TemplateResolver;
import dev.gantry.engine.schedule.RunScheduler;
import dev.gantry.workflow.expr.Interpolation;
import dev.gantry.workflow.expr.Value;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.stream.Stream;

/**
 * Runs the workflows an event triggers on this machine, start to end: reads the inputs, selects and plans,
 * drives every triggered run at once (sharing {@code --parallel} job slots), shows progress, prints the summary
 * and writes the report. Returns the exit code: 0 when every run succeeded (or nothing was triggered, or only a
 * listing was asked for), 1 when a run failed or was cancelled, 2 for a usage problem.
 *
 * <p>Blocks the calling thread until every run has finished. With {@code trapSignals}, Ctrl-C and SIGTERM cancel
 * the runs while they go.
 */
public final class LocalRun {

    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILED = 1;
    public static final int EXIT_USAGE = 2;

    private final JobHost host;
    private final PrintWriter out;
    private final PrintWriter err;
    private final Clock clock;
    private final boolean trapSignals;

    public LocalRun(JobHost host, PrintWriter out, PrintWriter err, Clock clock, boolean trapSignals) {
        this.host = host;
        this.out = out;
        this.err = err;
        this.clock = clock;
        this.trapSignals = trapSignals;
    }

    public int run(RunOptions options, List<LoadedWorkflow> workflows) {
        try {
            return runOrThrow(options, workflows);
        } catch (UsageProblem e) {
            err.println("gantry run: " + e.getMessage());
            err.flush();
            return EXIT_USAGE;
        }
    }

    private int runOrThrow(RunOptions options, List<LoadedWorkflow> workflows) throws UsageProblem {
        if (options.parallel() < 1) {
            throw new UsageProblem("--parallel must be at least 1, not " + options.parallel());
        }
        checkReportTarget(options);
        RunInputs inputs = RunInputs.read(options);
        List<Selected> selected = RunSelection.select(workflows, inputs, options.jobs(), clock.millis(),
                host.placement());
        if (options.list()) {
            ListPrinter.print(out, selected);
            return EXIT_OK;
        }
        List<Selected.Triggered> triggered = selected.stream()
                .flatMap(s -> s instanceof Selected.Triggered t ? Stream.of(t) : Stream.empty()).toList();
        if (triggered.isEmpty()) {
            err.printf("gantry run: no workflow in %s is triggered by %s (gantry run --list shows why)%n",
                    options.directory().resolve(options.workflows()), options.event());
            err.flush();
            return EXIT_OK;
        }
        return execute(options, inputs, triggered);
    }

    private int execute(RunOptions options, RunInputs inputs, List<Selected.Triggered> triggered) {
        Redactor redactor = new Redactor(inputs.secrets().values());
        RunRecorder recorder = new RunRecorder(clock);
        Labels labels = new Labels(triggered.size() > 1);
        boolean live = options.progress().resolve() == Progress.live;
        RunObserver console = live ? new LiveBoard(out, labels, clock) : new PlainConsole(out, labels);
        RunObserver observer = new Broadcaster(List.of(recorder, console));
        Semaphore slots = new Semaphore(options.parallel(), true);
        List<RunDriver> drivers = new ArrayList<>();
        for (Selected.Triggered t : triggered) {
            RunRef ref = new RunRef(drivers.size(), t.workflow().name(), t.workflow().displayPath(), t.run().runId(),
                    title(t));
            recorder.expect(ref, List.copyOf(t.plan().jobs().keySet()));
            var calls = new CallRunner(new CallRunner.Scope(t.workflow(), inputs, t.run(), t.contexts().secrets(),
                    host.placement(), redactor, 1), clock);
            var setup = new RunDriver.Setup(ref, t.plan(), new RunScheduler(t.plan(), t.contexts().evaluator()),
                    new JobLauncher(ref.runId(), t.plan().workflow(), t.contexts(), host.placement()), redactor,
                    calls);
            drivers.add(new RunDriver(setup, host.executor(), slots, observer, clock));
        }
        List<Conclusion> conclusions;
        try (SignalTrap trap = trapSignals ? SignalTrap.install(reason -> drivers.forEach(d -> d.cancel(reason)),
                () -> System.exit(SignalTrap.EXIT_INTERRUPTED)) : null) {
            conclusions = driveAll(drivers);
        } finally {
            if (console instanceof LiveBoard board) {
                board.close();
            }
        }
        List<RunReport> reports = recorder.reports();
        new SummaryPrinter(out, live).print(reports);
        Conclusion overall = overall(conclusions);
        if (options.report().isPresent()) {
            writeReport(options.report().get(), options.event(), overall, reports);
        }
        return overall instanceof Conclusion.Success ? EXIT_OK : EXIT_FAILED;
    }

    /** The run's {@code run-name} evaluated with {@code github}, {@code inputs} and {@code vars}, else its name. */
    private static String title(Selected.Triggered t) {
        return t.workflow().workflow().runName()
                .map(name -> new TemplateResolver(t.contexts().evaluator()).value(name, Map.of()))
                .flatMap(v -> v instanceof Evaluated.Ok<Value> ok ? Optional.of(Interpolation.toText(ok.value()))
                        : Optional.empty())
                .filter(text -> !text.isBlank())
                .orElse(t.workflow().name());
    }

    /** Drives every run on its own thread and waits for all of them. */
    private static List<Conclusion> driveAll(List<RunDriver> drivers) {
        List<Conclusion> conclusions = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        Conclusion[] results = new Conclusion[drivers.size()];
        for (int i = 0; i < drivers.size(); i++) {
            int index = i;
            threads.add(Thread.ofVirtual().name("run " + i).start(() -> results[index] = drivers.get(index).drive()));
        }
        boolean interrupted = false;
        for (Thread thread : threads) {
            while (true) {
                try {
                    thread.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                    drivers.forEach(d -> d.cancel("the command was interrupted"));
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        for (Conclusion c : results) {
            conclusions.add(c == null ? new Conclusion.Failure("the run ended unexpectedly") : c);
        }
        return conclusions;
    }

    private static Conclusion overall(List<Conclusion> conclusions) {
        return conclusions.stream().filter(c -> c instanceof Conclusion.Failure).findFirst()
                .or(() -> conclusions.stream().filter(c -> c instanceof Conclusion.Cancelled).findFirst())
                .orElse(Conclusion.SUCCESS);
    }

    private static void checkReportTarget(RunOptions options) throws UsageProblem {
        if (options.report().isEmpty()) {
            return;
        }
        Path report = options.report().get();
        Path parent = report.toAbsolutePath().getParent();
        if (Files.isDirectory(report)) {
            throw new UsageProblem("--json %s: is a directory".formatted(report));
        }
        if (parent != null && !Files.isDirectory(parent)) {
            throw new UsageProblem("--json %s: no such directory %s".formatted(report, parent));
        }
    }

    private void writeReport(Path file, String event, Conclusion overall, List<RunReport> reports) {
        try (OutputStream stream = Files.newOutputStream(file)) {
            ReportWriter.write(stream, event, overall, reports);
        } catch (IOException e) {
            err.printf("gantry run: --json %s: cannot write: %s%n", file, e.getMessage());
            err.flush();
        }
    }
}
