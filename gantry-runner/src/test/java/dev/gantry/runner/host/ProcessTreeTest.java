package dev.gantry.runner.host;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.engine.exec.Conclusion;
import dev.gantry.engine.exec.StepStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Step timeouts, the job timeout and cancellation kill the whole process tree: a {@code sleep} grandchild (and
 * one that left its parent) must be gone afterwards. Upper bounds only, and generous ones.
 */
class ProcessTreeTest {

    /** A script that starts two grandchildren, writes their pids into the workspace, and waits. */
    private static final String SLEEPERS = """
            sleep 301 &
            echo $! >> "$GITHUB_WORKSPACE/pids"
            (sleep 302 & echo $! >> "$GITHUB_WORKSPACE/pids")
            sleep 303
            """;

    @TempDir
    Path root;

    @Test
    void aStepTimeoutKillsTheTreeAndFailsTheStep() throws Exception {
        Instant start = Instant.now();
        var run = new Harness(root).run("""
                on: push
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                      - id: slow
                        timeout-minutes: 0.05
                        run: |
                %s
                      - id: after
                        if: always()
                        run: echo still here
                """.formatted(indent(SLEEPERS)));
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(60));
        assertThat(run.step("slow").outcome()).isEqualTo(StepStatus.FAILURE);
        assertThat(run.log()).contains("The action has timed out");
        assertThat(run.step("after").outcome()).isEqualTo(StepStatus.SUCCESS);
        assertThat(run.result().conclusion()).isInstanceOf(Conclusion.Failure.class);
        assertGone(workspacePids(run));
    }

    @Test
    void theJobTimeoutKillsTheTreeAndFailsTheJob() throws Exception {
        var run = new Harness(root).run("""
                on: push
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                      - id: slow
                        run: |
                %s
                      - id: normal
                        run: echo never
                      - id: cleanup
                        if: always()
                        run: echo "cleanup ran"
                """.formatted(indent(SLEEPERS)), Map.of(), Duration.ofSeconds(3));
        assertThat(run.result().conclusion()).isInstanceOf(Conclusion.Failure.class);
        assertThat(((Conclusion.Failure) run.result().conclusion()).reason())
                .contains("maximum execution time");
        assertThat(run.step("normal").outcome()).isEqualTo(StepStatus.SKIPPED);
        assertThat(run.logOf(2)).contains("cleanup ran");
        assertGone(workspacePids(run));
    }

    @Test
    void interruptingCancelsKillsTheTreeAndStillRunsAlwaysSteps() throws Exception {
        Harness harness = new Harness(root);
        var started = harness.start("""
                on: push
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                      - id: slow
                        run: |
                %s
                      - id: normal
                        run: echo never
                      - id: on-cancel
                        if: cancelled()
                        run: echo "cancel handler ran"
                      - id: cleanup
                        if: always()
                        run: echo "cleanup ran"
                """.formatted(indent(SLEEPERS)), Map.of(), Duration.ofMinutes(10));
        Path pids = waitForPids(harness);
        started.thread().interrupt();
        var run = started.join();
        assertThat(run.result().conclusion()).isInstanceOf(Conclusion.Cancelled.class);
        assertThat(run.step("slow").outcome()).isEqualTo(StepStatus.CANCELLED);
        assertThat(run.step("normal").outcome()).isEqualTo(StepStatus.SKIPPED);
        assertThat(run.logOf(2)).contains("cancel handler ran");
        assertThat(run.logOf(3)).contains("cleanup ran");
        assertGone(readPids(pids));
    }

    @Test
    void backgroundProcessesLeftByAStepEndWithTheJob() throws Exception {
        var run = new Harness(root).run("""
                on: push
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                      - run: |
                          nohup sleep 304 > /dev/null 2>&1 &
                          echo $! >> "$GITHUB_WORKSPACE/pids"
                      - run: kill -0 "$(cat "$GITHUB_WORKSPACE/pids")" && echo "server still up"
                """);
        assertThat(run.result().conclusion()).as(run.log()).isEqualTo(Conclusion.SUCCESS);
        assertThat(run.logOf(1)).contains("server still up");
        assertGone(workspacePids(run));
    }

    private Path waitForPids(Harness harness) throws Exception {
        Instant until = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(until)) {
            try (var files = Files.walk(harness.options().workRoot())) {
                var found = files.filter(p -> p.getFileName().toString().equals("pids")).findFirst();
                if (found.isPresent() && readPids(found.get()).size() == 2) {
                    return found.get();
                }
            } catch (java.io.UncheckedIOException | java.nio.file.NoSuchFileException e) {
                // the workspace is being created
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the step never wrote its pids");
    }

    private List<Long> workspacePids(Harness.Run run) throws Exception {
        try (var files = Files.walk(root.resolve("work"))) {
            Path pids = files.filter(p -> p.getFileName().toString().equals("pids")).findFirst()
                    .orElseThrow(() -> new AssertionError("no pids written: " + run.log()));
            List<Long> out = readPids(pids);
            assertThat(out).isNotEmpty();
            return out;
        }
    }

    private static List<Long> readPids(Path file) throws Exception {
        List<Long> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
                out.add(Long.parseLong(line.strip()));
            }
        }
        return out;
    }

    /** Each process is gone within a generous bound (a zombie counts as gone: it runs nothing). */
    private static void assertGone(List<Long> pids) throws Exception {
        Instant until = Instant.now().plusSeconds(20);
        for (long pid : pids) {
            while (alive(pid) && Instant.now().isBefore(until)) {
                Thread.sleep(50);
            }
            assertThat(alive(pid)).as("process %d is gone", pid).isFalse();
        }
    }

    private static boolean alive(long pid) throws Exception {
        var handle = ProcessHandle.of(pid);
        if (handle.isEmpty() || !handle.get().isAlive()) {
            return false;
        }
        Path stat = Path.of("/proc", Long.toString(pid), "stat");
        if (Files.exists(stat)) {
            String text = Files.readString(stat);
            String state = text.substring(text.lastIndexOf(')') + 2, text.lastIndexOf(')') + 3);
            return !state.equals("Z");
        }
        return true;
    }

    private static String indent(String script) {
        return script.lines().map(l -> "          " + l).reduce((a, b) -> a + "\n" + b).orElse("");
    }
}
