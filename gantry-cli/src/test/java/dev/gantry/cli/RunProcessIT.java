package dev.gantry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gantry run} end to end: the packaged jar as a real process running real workflows on this host with the
 * host executor — the example pipeline on a plain folder and in a git repository, secrets that must never show,
 * a failing step, and SIGTERM cancelling a run that still runs its always() step.
 */
class RunProcessIT {

    private static final Path PIPELINE = Path.of("..", "examples", "pipeline");

    @TempDir
    Path work;

    @Test
    void theExamplePipelineRunsGreenOnAPlainFolderWithItsSecretMasked() throws Exception {
        Path project = copyOfPipeline();
        Path report = work.resolve("report.json");

        GantryProcess result = gantry("run", "-C", project.toString(), "--secret-file",
                project.resolve("demo-secrets.env").toString(), "--json", report.toString());

        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        assertThat(result.out()).contains("[Quality gate / Lint] lint ok")
                .contains("[test (integration) / Test integration] ok   packaged greet")
                .contains("authenticating with token ***")
                .contains("Hello, greeter!")
                .doesNotContain("demo-deploy-token-8c41f2");
        assertThat(Files.readString(report)).doesNotContain("demo-deploy-token-8c41f2");
        JsonNode run = new ObjectMapper().readTree(report.toFile()).get("runs").get(0);
        assertThat(run.get("conclusion").asText()).isEqualTo("success");
        assertThat(run.get("jobs")).hasSize(6);
        assertThat(run.get("jobs").get(1).get("outputs").get("version").asText()).isEqualTo("1.4.0+local");
        assertThat(project.resolve("deployed/current/greeter/bin/greet")).isExecutable();
    }

    @Test
    void theExamplePipelineRunsInAGitRepositoryWithTheCommitInItsVersion() throws Exception {
        Path project = copyOfPipeline();
        String sha;
        try (Git git = Git.init().setDirectory(project.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            PersonIdent who = new PersonIdent("Ada", "ada@example.com");
            sha = git.commit().setMessage("first").setAuthor(who).setCommitter(who).setSign(false).call().getName();
        }
        Path report = work.resolve("report.json");

        GantryProcess result = gantry("run", "push", "-C", project.toString(), "--secret",
                "DEPLOY_TOKEN=token-from-the-command-line", "--json", report.toString());

        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        assertThat(result.out()).contains("deployed 1.4.0+" + sha.substring(0, 7))
                .doesNotContain("token-from-the-command-line");
        assertThat(Files.readString(report)).doesNotContain("token-from-the-command-line");
    }

    @Test
    void aSecretNeverShowsInOutputOrReportWhateverFormItTakes() throws Exception {
        String secret = "hunter2-correct-horse";
        workflow("leak.yml", """
                on: push
                jobs:
                  leak:
                    runs-on: ubuntu-latest
                    outputs:
                      copy: ${{ steps.out.outputs.copy }}
                    env:
                      TOKEN: ${{ secrets.TOKEN }}
                    steps:
                      - run: echo "plain $TOKEN"
                      - run: echo "base64 $(printf %s "$TOKEN" | base64)"
                      - run: echo "prefixed $(printf 'user:%s' "$TOKEN" | base64)"
                      - run: echo "hex $(printf %s "$TOKEN" | od -An -tx1 | tr -d ' \\n')"
                      - run: |
                          set -x
                          : "$TOKEN"
                      - id: out
                        run: echo "copy=$TOKEN" >> "$GITHUB_OUTPUT"
                      - run: |
                          extra="extra-value-$((70 + 7))"
                          echo "::add-mask::$extra"
                          echo "masked $extra"
                """);
        Path report = work.resolve("report.json");

        GantryProcess result = gantry("run", "-C", work.toString(), "--secret", "TOKEN=" + secret, "--json",
                report.toString());

        String base64 = Base64.getEncoder().encodeToString(secret.getBytes(StandardCharsets.UTF_8));
        String everything = result.out() + result.err() + Files.readString(report);
        assertThat(result.exitCode()).as(everything).isZero();
        assertThat(everything).doesNotContain(secret).doesNotContain(base64).doesNotContain("extra-value-77")
                .doesNotContain(base64.substring(0, base64.length() - 2));
        assertThat(result.out()).contains("plain ***").contains("masked ***");
    }

    @Test
    void aFailingStepFailsTheRunWithItsAnnotation() throws Exception {
        workflow("ci.yml", """
                on: push
                jobs:
                  lint:
                    runs-on: ubuntu-latest
                    steps:
                      - name: Lint
                        run: |
                          echo "::error file=src/app.sh,line=3,col=5::unquoted variable"
                          exit 1
                  build:
                    needs: lint
                    runs-on: ubuntu-latest
                    steps:
                      - run: echo never
                """);

        GantryProcess result = gantry("run", "-C", work.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).contains("src/app.sh:3:5: error: unquoted variable")
                .containsPattern("lint +failure")
                .containsPattern("build +skipped")
                .doesNotContain("never");
    }

    @Test
    void sigtermCancelsTheRunStillRunsAlwaysStepsAndPrintsTheSummary() throws Exception {
        workflow("slow.yml", """
                on: push
                jobs:
                  slow:
                    runs-on: ubuntu-latest
                    steps:
                      - name: Wait
                        run: echo waiting; sleep 120
                      - name: Clean up
                        if: always()
                        run: echo cleaned > cleaned.txt
                """);
        List<String> command = new ArrayList<>(List.of(GantryProcess.java(), "-jar", GantryProcess.JAR.toString(), "run", "-C",
                work.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        CountDownLatch waiting = new CountDownLatch(1);
        StringBuilder out = new StringBuilder();
        CompletableFuture<Void> reader = CompletableFuture.runAsync(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    synchronized (out) {
                        out.append(line).append('\n');
                    }
                    if (line.contains("] waiting")) {
                        waiting.countDown();
                    }
                }
            } catch (IOException e) {
                // the process ended
            }
        });

        assertThat(waiting.await(60, TimeUnit.SECONDS)).as(out.toString()).isTrue();
        process.toHandle().destroy();   // SIGTERM; Process.destroy() would also close the output we read
        boolean ended = process.waitFor(60, TimeUnit.SECONDS);
        reader.get(10, TimeUnit.SECONDS);

        assertThat(ended).isTrue();
        assertThat(process.exitValue()).as(out.toString()).isEqualTo(1);
        assertThat(work.resolve("cleaned.txt")).hasContent("cleaned");
        assertThat(out.toString()).containsPattern("slow +cancelled");
    }

    @Test
    void aSecondSigtermExitsAtOnceAndLeavesNoStepProcessBehind() throws Exception {
        workflow("stuck.yml", """
                on: push
                jobs:
                  stuck:
                    runs-on: ubuntu-latest
                    steps:
                      - run: echo waiting; sleep 300
                      - if: always()
                        run: echo $$ > always.pid; sleep 300 & echo $! > background.pid; echo cleaning; wait
                """);
        List<String> command = List.of(GantryProcess.java(), "-jar", GantryProcess.JAR.toString(), "run", "-C",
                work.toString());
        Path out = work.resolve("out.txt");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        awaitLine(out, "] waiting");
        process.toHandle().destroy();
        awaitLine(out, "] cleaning");
        process.toHandle().destroy();

        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as(Files.readString(out)).isTrue();
        assertThat(process.exitValue()).isEqualTo(130);
        for (String file : List.of("always.pid", "background.pid")) {
            long pid = Long.parseLong(Files.readString(work.resolve(file)).strip());
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).as(file).isFalse();
        }
    }

    private static void awaitLine(Path out, String text) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.readString(out).contains(text) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(Files.readString(out)).contains(text);
    }

    @Test
    void aJavaScriptActionUsingTheOfficialToolkitPackagesRunsWithEveryEffect() throws Exception {
        Path action = work.resolve("toolkit");
        copyTree(Path.of("src", "test", "resources", "toolkit-action"), action);
        npmCi(action);
        workflow("toolkit.yml", """
                on: push
                jobs:
                  js:
                    runs-on: ubuntu-latest
                    steps:
                      - id: t
                        uses: ./toolkit
                        with:
                          name: world
                      - name: Check the effects
                        run: |
                          [ "$TOOLKIT_VAR" = exported-world ]
                          case ":$PATH:" in *"/toolkit-bin:"*) ;; *) echo "no toolkit-bin on PATH"; exit 1;; esac
                          [ "${{ steps.t.outputs.greeting }}" = "Hello, world!" ]
                          [ "${{ steps.t.outputs.exec }}" = "exec said hi|second|0" ]
                          echo "effects ok"
                """);
        Path report = work.resolve("report.json");

        GantryProcess result = gantry("run", "-C", work.toString(), "--json", report.toString());

        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        assertThat(result.out()).contains("masked: ***", "inside the group", "effects ok",
                "post sees state state-world", "Step summary added to")
                .doesNotContain("toolkit-secret-world");
        JsonNode annotations = new ObjectMapper().readTree(report.toFile()).get("runs").get(0).get("jobs").get(0)
                .get("annotations");
        assertThat(annotations.toString()).contains("toolkit warning", "src/app.js", "Careful", "toolkit notice");
        assertThat(Files.readString(report)).doesNotContain("toolkit-secret-world");
    }

    /** Installs the test action's packages (the official toolkit) from the npm registry, as its lock file pins them. */
    private static void npmCi(Path folder) throws Exception {
        Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund").directory(folder.toFile())
                .redirectErrorStream(true).start();
        String output = new String(npm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(npm.waitFor(180, TimeUnit.SECONDS)).as("npm ci finished").isTrue();
        assertThat(npm.exitValue()).as("npm ci in %s: %s", folder, output).isZero();
    }

    /** Copies a folder, without a node_modules folder a developer may have installed in the source. */
    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                if (from.relativize(source).startsWith("node_modules")) {
                    continue;
                }
                Path copy = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(source, copy, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private Path copyOfPipeline() throws IOException {
        Path target = work.resolve("pipeline");
        try (Stream<Path> files = Files.walk(PIPELINE)) {
            for (Path source : files.toList()) {
                Path relative = PIPELINE.relativize(source);
                if (relative.startsWith("dist") || relative.startsWith("deployed")) {
                    continue;
                }
                Path copy = target.resolve(relative.toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(source, copy, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return target;
    }

    private void workflow(String name, String text) throws IOException {
        Path dir = Files.createDirectories(work.resolve(".github/workflows"));
        Files.writeString(dir.resolve(name), text);
    }

    private static GantryProcess gantry(String... args) throws IOException, InterruptedException {
        return GantryProcess.run(args);
    }
}
