package dev.gantry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.cli.run.ContainerChoice;
import dev.gantry.cli.run.JobHost;
import dev.gantry.cli.run.LocalRun;
import dev.gantry.cli.run.Progress;
import dev.gantry.cli.run.RunOptions;
import dev.gantry.cli.run.UsageProblem;
import dev.gantry.runner.action.ActionStore;
import dev.gantry.runner.container.ContainerRuntime;
import dev.gantry.runner.container.EngineFailure;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * act's runner corpus through {@code gantry run}: every {@link ActRunnerRow} (host, container and non-Windows
 * harnesses, no remote actions or images, nothing left out of the copy) runs in-process through the code the
 * command uses — {@link WorkflowLoader}, {@link JobHosts} and {@link LocalRun} — on a copy of {@code testdata/},
 * which act uses as the workspace, with the case folder as the workflow folder ({@code -W}) and the row's event.
 * The run's success or failure is compared with the row's expectation; the table and the rate are printed.
 *
 * <p>Harness configuration, as act's tests pass it: the case's {@code event.json} as the payload (else one whose
 * sender is act's actor {@code nektos/act}), the caller's inputs, the secrets file the row names, {@code ACT=true}
 * in the base environment ({@code --env}, as act sets it for every run) and the env file the row names
 * ({@code --env-file}).
 * {@code container} rows run on the host, and their job containers and docker actions in containers when an engine
 * answers ({@link JobHosts} detects it) and holds the images they name ({@link #CONTAINER_IMAGES}: local stand-ins
 * that {@code .ci/container-images} builds). Misses are listed with their reason in
 * {@code conformance/known-failures/act-runner.tsv} by case folder, and — only without that engine or those
 * images — in {@code act-runner-without-containers.tsv} too; an unlisted miss, or a listed case that now passes,
 * fails the test. Each case has {@link #CASE_TIMEOUT_SECONDS} before it is cancelled.
 */
class ActRunnerConformanceTest {

    private static final Path CONFORMANCE = Path.of("..", "gantry-workflow", "src", "test", "resources",
            "conformance");
    private static final Path CORPUS = CONFORMANCE.resolve("runner").resolve("act");
    private static final Path KNOWN_FAILURES = CONFORMANCE.resolve("known-failures").resolve("act-runner.tsv");
    private static final Path WITHOUT_CONTAINERS = KNOWN_FAILURES.resolveSibling("act-runner-without-containers.tsv");
    /** The images the container rows name; {@code .ci/container-images} builds stand-ins under these tags. */
    static final List<String> CONTAINER_IMAGES = List.of("node:16-buster-slim", "node:16-buster", "ubuntu:latest");
    private static final long CASE_TIMEOUT_SECONDS = 30;
    /**
     * The issue asks for 90%; the test holds the measured rate as a floor and every miss to its listed reason: with
     * a container engine and the stand-in images, and (lower) without them, when the container rows miss too.
     */
    private static final double FLOOR = 0.94;
    private static final double FLOOR_WITHOUT_CONTAINERS = 0.84;
    /** The same for the larger set with the rows whose remote actions are all built in. */
    private static final double LARGER_FLOOR = 0.91;
    private static final double LARGER_FLOOR_WITHOUT_CONTAINERS = 0.82;
    private static final String INPUTS = "inputs supplied by caller:";
    private static final String SECRETS = "secrets from ";
    private static final String ENV = "env loaded from ";
    /** act sets {@code ACT=true} in the environment of every run its tests start. */
    private static final List<String> ACT_ENV = List.of("ACT=true");
    /** act's tests run as the actor {@code nektos/act}; without a case payload the harness sends this one. */
    private static final String ACT_SENDER = "{\"sender\": {\"login\": \"nektos/act\"}}\n";

    /** What one row gave: {@code success} or {@code failure}, and why when it failed. */
    private record Outcome(String actual, String reason, String log) {
        Outcome(String actual, String reason) {
            this(actual, reason, "");
        }
    }

    @TempDir
    Path temp;

    @Test
    void act_runner_corpus_runs_as_act_expects() throws Exception {
        Set<String> builtins = JobHosts.builtins("x/y", temp, new GantryHome(temp)).stream()
                .map(b -> b.name().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        List<ActRunnerRow> rows = ActRunnerRow.read(CORPUS.resolve("MANIFEST.tsv"), CORPUS.resolve("testdata"),
                builtins);
        boolean containers = containersReady();
        Map<String, String> listed = readKnownFailures(KNOWN_FAILURES);
        if (!containers) {
            System.out.println("CONFORMANCE act-runner: no container engine with " + CONTAINER_IMAGES
                    + " (run .ci/container-images); the rows of " + WITHOUT_CONTAINERS.getFileName() + " may miss");
            listed.putAll(readKnownFailures(WITHOUT_CONTAINERS));
        }
        List<Outcome> outcomes = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                ActRunnerRow row = rows.get(i);
                Path folder = temp.resolve("case-" + i);
                futures.add(pool.submit(() -> run(row, folder)));
            }
            for (Future<Outcome> future : futures) {
                outcomes.add(await(future));
            }
        } finally {
            pool.shutdownNow();
        }

        int passed = 0;
        int eligible = 0;
        int eligiblePassed = 0;
        List<String> unlisted = new ArrayList<>();
        StringBuilder table = new StringBuilder();
        table.append("%-45s %-18s %-17s %-8s %-8s %s%n".formatted("case", "event", "harness", "expected", "actual",
                "reason"));
        for (int i = 0; i < rows.size(); i++) {
            ActRunnerRow row = rows.get(i);
            Outcome outcome = outcomes.get(i);
            boolean pass = row.expected().equals(outcome.actual());
            String reason = pass ? "" : listed.getOrDefault(row.caseDir(), "UNLISTED: " + outcome.reason());
            if (!row.builtinsOnly()) {
                eligible++;
                eligiblePassed += pass ? 1 : 0;
            }
            if (pass) {
                passed++;
            } else if (!listed.containsKey(row.caseDir())) {
                unlisted.add(row.caseDir() + " (" + row.harness() + "): " + outcome.reason());
                System.out.printf("--- %s (%s), log:%n%s%n", row.caseDir(), row.harness(), outcome.log());
            }
            table.append("%-45s %-18s %-17s %-8s %-8s %s%n".formatted(row.caseDir(), row.event(), row.harness(),
                    row.expected(), outcome.actual(), reason));
        }
        List<String> stale = listed.keySet().stream()
                .filter(c -> rows.stream().noneMatch(r -> r.caseDir().equals(c)) || rowsPass(rows, outcomes, c))
                .toList();
        double rate = eligible == 0 ? 0 : (double) eligiblePassed / eligible;
        double largerRate = rows.isEmpty() ? 0 : (double) passed / rows.size();
        System.out.print(table);
        System.out.printf("CONFORMANCE act-runner: %d/%d passed (%.1f%%)%n", eligiblePassed, eligible, 100 * rate);
        System.out.printf("CONFORMANCE act-runner-with-builtins: %d/%d passed (%.1f%%) (also rows whose only remote"
                + " actions are built into Gantry: %s)%n", passed, rows.size(), 100 * largerRate,
                String.join(", ", new java.util.TreeSet<>(builtins)));

        assertThat(rows).as("runnable rows of MANIFEST.tsv").isNotEmpty();
        assertThat(unlisted).as("misses not listed in %s", KNOWN_FAILURES.getFileName()).isEmpty();
        assertThat(stale).as("listed in %s but passing (or not a runnable row)", KNOWN_FAILURES.getFileName())
                .isEmpty();
        assertThat(rate).as("act runner conformance rate")
                .isGreaterThanOrEqualTo(containers ? FLOOR : FLOOR_WITHOUT_CONTAINERS);
        assertThat(largerRate).as("act runner conformance rate with built-in actions")
                .isGreaterThanOrEqualTo(containers ? LARGER_FLOOR : LARGER_FLOOR_WITHOUT_CONTAINERS);
    }

    private static boolean rowsPass(List<ActRunnerRow> rows, List<Outcome> outcomes, String caseDir) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).caseDir().equals(caseDir) && !rows.get(i).expected().equals(outcomes.get(i).actual())) {
                return false;
            }
        }
        return true;
    }

    private static Outcome await(Future<Outcome> future) throws InterruptedException {
        try {
            return future.get(CASE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            return new Outcome("failure", "timed out after " + CASE_TIMEOUT_SECONDS + " s");
        } catch (java.util.concurrent.ExecutionException e) {
            return new Outcome("failure", "harness error: " + e.getCause());
        }
    }

    /** Runs one row on a fresh copy of the corpus under {@code folder}, as {@code gantry run} would. */
    private static Outcome run(ActRunnerRow row, Path folder) throws IOException {
        copy(CORPUS.resolve("testdata"), folder.resolve("testdata"));
        copy(CORPUS.resolve("model-testdata"), folder.resolve("model-testdata"));
        Path workspace = folder.resolve("testdata");
        Path caseFolder = workspace.resolve(row.caseDir()).normalize();
        Path report = folder.resolve("report.json");
        Path eventJson = caseFolder.resolve("event.json");
        if (!Files.isRegularFile(eventJson)) {
            eventJson = Files.writeString(folder.resolve("event.json"), ACT_SENDER);
        }
        RunOptions options = new RunOptions(row.event(), workspace, Path.of(row.caseDir()), List.of(),
                Optional.of(eventJson),
                namedFiles(row, SECRETS, workspace), List.of(), List.of(), List.of(), inputs(row),
                namedFiles(row, ENV, workspace), ACT_ENV, Optional.of(report), 2, false, false, Progress.plain,
                ContainerChoice.DEFAULT);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit;
        try {
            WorkflowLoader.Loaded loaded = WorkflowLoader.load(workspace, options.workflows(), ActionStore.EMPTY);
            if (loaded instanceof WorkflowLoader.Loaded.Invalid invalid) {
                return new Outcome("failure", "invalid workflow: " + invalid.diagnostics().getFirst().diagnostic());
            }
            var workflows = ((WorkflowLoader.Loaded.Workflows) loaded).workflows();
            try (JobHost host = JobHosts.forOptions(options, new GantryHome(folder.resolve("gantry-home")))) {
                exit = new LocalRun(host, new PrintWriter(out, true), new PrintWriter(err, true),
                        Clock.systemUTC(), false).run(options, workflows);
            }
        } catch (UsageProblem e) {
            return new Outcome("failure", "usage: " + e.getMessage());
        }
        if (exit == LocalRun.EXIT_OK) {
            return new Outcome("success", "");
        }
        String reason = exit == LocalRun.EXIT_USAGE ? "exit 2: " + err.toString().strip() : failedJobs(report);
        return new Outcome("failure", reason, out.toString());
    }

    /** The jobs that did not succeed, each with its reason and failed steps, from the JSON report. */
    private static String failedJobs(Path report) throws IOException {
        if (!Files.isRegularFile(report)) {
            return "no report";
        }
        JsonNode root = new ObjectMapper().readTree(report.toFile());
        List<String> failures = new ArrayList<>();
        for (JsonNode run : root.path("runs")) {
            for (JsonNode job : run.path("jobs")) {
                if (!job.path("conclusion").asText().equals("success")
                        && !job.path("conclusion").asText().equals("skipped")) {
                    List<String> steps = new ArrayList<>();
                    job.path("steps").forEach(s -> {
                        if (s.path("outcome").asText().equals("failure")) {
                            steps.add(s.path("name").asText());
                        }
                    });
                    failures.add("%s %s: %s %s".formatted(job.path("key").asText(), job.path("conclusion").asText(),
                            job.path("reason").asText(), steps));
                }
            }
        }
        return failures.isEmpty() ? "run failed: " + root.path("runs").findValuesAsText("reason") : String.join("; ",
                failures);
    }

    /** The file the row's extra assertions name after {@code prefix} (e.g. "secrets from F"), if any. */
    private static List<Path> namedFiles(ActRunnerRow row, String prefix, Path workspace) {
        int at = row.extraAssertions().indexOf(prefix);
        if (at < 0) {
            return List.of();
        }
        String file = row.extraAssertions().substring(at + prefix.length()).split("[ (]")[0];
        return List.of(workspace.resolve(file));
    }

    private static List<String> inputs(ActRunnerRow row) {
        String extra = row.extraAssertions();
        if (!extra.startsWith(INPUTS)) {
            return List.of();
        }
        return Stream.of(extra.substring(INPUTS.length()).split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    /** Whether a container engine answers and holds every image of {@link #CONTAINER_IMAGES}. */
    private static boolean containersReady() {
        if (!(ContainerRuntime.detect(System.getenv()) instanceof ContainerRuntime.Available available)) {
            return false;
        }
        try (var engine = available.engine()) {
            for (String image : CONTAINER_IMAGES) {
                if (!engine.hasImage(image)) {
                    return false;
                }
            }
            return true;
        } catch (EngineFailure e) {
            return false;
        }
    }

    /** {@code case folder -> reason} from a known-failures file; {@code #} starts a comment. */
    private static Map<String, String> readKnownFailures(Path file) throws IOException {
        Map<String, String> listed = new LinkedHashMap<>();
        if (!Files.isRegularFile(file)) {
            return listed;
        }
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", 2);
            listed.put(cells[0].strip(), cells.length > 1 ? cells[1].strip() : "");
        }
        return listed;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            all.sorted(Comparator.naturalOrder()).forEach(source -> {
                try {
                    Path target = to.resolve(from.relativize(source).toString());
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(source, target);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
