package dev.gantry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.engine.exec.JobRequest;
import dev.gantry.cli.run.JobHost;
import dev.gantry.cli.run.LocalMachine;
import dev.gantry.engine.exec.Annotation;
import dev.gantry.workflow.expr.Value;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code gantry run} with a scripted executor: exit codes, output, --list, --json, -j, bad input. */
class RunCommandTest {

    private static final String PIPELINE = """
            name: ci
            on: push
            jobs:
              quality:
                name: Quality gate
                runs-on: ubuntu-latest
                steps:
                  - run: make lint
              build:
                needs: quality
                runs-on: ubuntu-latest
                outputs:
                  version: ${{ steps.v.outputs.version }}
                steps:
                  - id: v
                    run: echo version=1.2.3 >> "$GITHUB_OUTPUT"
              test:
                needs: build
                runs-on: ubuntu-latest
                strategy:
                  matrix:
                    suite: [unit, integration]
                steps:
                  - run: make test-${{ matrix.suite }}
              deploy:
                needs: [build, test]
                runs-on: ubuntu-latest
                steps:
                  - run: ./deploy.sh
            """;

    @TempDir
    Path repo;

    private final ScriptedExecutor executor = new ScriptedExecutor();

    private CommandRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new RunCommand(options -> new JobHost(executor,
                LocalMachine.placement(options.directory(), repo.resolve("tmp")), () -> { })))
                .setExecutionExceptionHandler(new InternalErrorHandler())
                .setCaseInsensitiveEnumValuesAllowed(true);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of("-C", repo.toString(), "--progress", "plain"));
        all.addAll(List.of(args));
        int code = cli.execute(all.toArray(String[]::new));
        return new CommandRun(code, out.toString(), err.toString());
    }

    private void workflow(String name, String text) throws IOException {
        Path dir = Files.createDirectories(repo.resolve(".github/workflows"));
        Files.writeString(dir.resolve(name), text);
    }

    @Test
    void aGreenPipelineExitsZeroWithPrefixedLinesAndASummary() throws IOException {
        workflow("ci.yml", PIPELINE);

        CommandRun result = run();

        assertThat(result.err()).isEmpty();
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("[Quality gate] job started")
                .contains("[Quality gate / Run] hello from quality")
                .contains("[test (unit) / Run] hello from test[0]")
                .contains("[deploy] job ended: success")
                .contains("Run ci: success");
        assertThat(result.out().lines().filter(l -> l.matches("  (Quality gate|build|test \\(\\w+\\)|deploy) +success +(\\d+ms|\\d+\\.\\ds)")))
                .hasSize(5);
        assertThat(executor.requests()).extracting(r -> r.jobKey().toString())
                .containsExactlyInAnyOrder("quality", "build", "test[0]", "test[1]", "deploy");
    }

    @Test
    void jobsStartInDependencyOrderWithNeedsOutputsAndTheirMatrix() throws IOException {
        workflow("ci.yml", PIPELINE);
        executor.script("build", ScriptedExecutor.Script.succeeds("built").withOutputs(Map.of("version", "1.2.3")));

        assertThat(run().exitCode()).isZero();

        List<String> order = executor.requests().stream().map(r -> r.jobKey().jobId()).distinct().toList();
        assertThat(order).containsExactly("quality", "build", "test", "deploy");
        var deploy = executor.request("deploy").orElseThrow();
        assertThat(((Value.Obj) deploy.contexts().get("needs")).members().get("build").toString()).contains("1.2.3");
        var integration = executor.request("test[1]").orElseThrow();
        assertThat(integration.displayName()).isEqualTo("test (integration)");
        assertThat(((Value.Obj) integration.contexts().get("matrix")).members())
                .containsEntry("suite", new Value.Str("integration"));
        assertThat(((Value.Obj) integration.contexts().get("github")).members())
                .containsEntry("event_name", new Value.Str("push")).containsEntry("job", new Value.Str("test"));
        assertThat(integration.timeout()).hasMinutes(360);
    }

    @Test
    void aFailedJobFailsTheRunAndSkipsWhatNeedsIt() throws IOException {
        workflow("ci.yml", PIPELINE);
        executor.script("build", ScriptedExecutor.Script.fails("compile error"));

        CommandRun result = run();

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).contains("[build / Run] compile error")
                .contains("[build] job ended: failure")
                .contains("[test] job skipped")
                .containsPattern("  build +failure +(\\d+ms|\\d+\\.\\ds)  step \"Run\" failed")
                .containsPattern("  deploy +skipped +-");
        assertThat(executor.requests()).extracting(r -> r.jobKey().jobId()).containsExactly("quality", "build");
    }

    @Test
    void listShowsLevelsAndMatrixInstancesWithoutRunning() throws IOException {
        workflow("ci.yml", PIPELINE);
        workflow("docs.yml", "on: pull_request\njobs:\n  docs:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make docs\n");

        CommandRun result = run("--list");

        assertThat(result.exitCode()).isZero();
        assertThat(executor.requests()).isEmpty();
        String ci = repo.resolve(".github/workflows/ci.yml").toString();
        String docs = repo.resolve(".github/workflows/docs.yml").toString();
        assertThat(result.out().lines()).containsExactly(
                "ci (" + ci + "): triggered by push",
                "   1  quality  Quality gate",
                "   2  build    build",
                "   3  test[0]  test (unit)",
                "      test[1]  test (integration)",
                "   4  deploy   deploy",
                ".github/workflows/docs.yml (" + docs + "): not triggered: on does not list push (it lists pull_request)");
    }

    @Test
    void onlyTheNamedJobAndWhatItNeedsRun() throws IOException {
        workflow("ci.yml", PIPELINE);

        CommandRun result = run("-j", "build");

        assertThat(result.exitCode()).isZero();
        assertThat(executor.requests()).extracting(r -> r.jobKey().jobId()).containsExactly("quality", "build");
        assertThat(run("-j", "build", "--list").out()).doesNotContain("test").doesNotContain("deploy");
    }

    @Test
    void anUnknownJobIsAUsageError() throws IOException {
        workflow("ci.yml", PIPELINE);

        CommandRun result = run("-j", "nope");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("-j: no workflow triggered by push has a job nope");
        assertThat(executor.requests()).isEmpty();
    }

    @Test
    void anInvalidWorkflowPrintsTheValidatorsDiagnosticsAndExitsTwo() throws IOException {
        workflow("ci.yml", "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    needs: ghost\n    steps:\n      - run: x\n");
        CommandRun validate = CommandRun.of("validate", repo.resolve(".github/workflows").toString());

        CommandRun result = run();

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(validate.out()).isNotBlank();
        assertThat(result.out()).isEqualTo(validate.out());
        assertThat(result.err()).contains("nothing was run");
        assertThat(executor.requests()).isEmpty();
    }

    @Test
    void theJsonReportHasRunsJobsStepsAndAnnotationsWithoutSecrets() throws IOException {
        workflow("ci.yml", PIPELINE);
        String secret = "s3cr3t-value-42";
        executor.script("build", ScriptedExecutor.Script.succeeds("built")
                .withOutputs(Map.of("version", "1.2.3", "leak", "token=" + secret))
                .withAnnotation(new Annotation(Annotation.Level.WARNING, "deprecated flag " + secret,
                        Optional.of("Lint"), Optional.of("src/app.sh"), OptionalInt.of(3), OptionalInt.of(7),
                        OptionalInt.empty(), OptionalInt.empty())));
        Path report = repo.resolve("report.json");

        CommandRun result = run("--secret", "TOKEN=" + secret, "--json", report.toString());

        assertThat(result.exitCode()).isZero();
        String text = Files.readString(report);
        assertThat(text).doesNotContain(secret);
        assertThat(result.out()).doesNotContain(secret).contains("src/app.sh:3:7: warning: deprecated flag ***");
        JsonNode root = new ObjectMapper().readTree(text);
        assertThat(root.get("version").asInt()).isEqualTo(1);
        assertThat(root.get("event").asText()).isEqualTo("push");
        assertThat(root.get("conclusion").asText()).isEqualTo("success");
        JsonNode run = root.get("runs").get(0);
        assertThat(run.get("workflow").asText()).isEqualTo("ci");
        assertThat(run.get("conclusion").asText()).isEqualTo("success");
        List<String> keys = new ArrayList<>();
        run.get("jobs").forEach(j -> keys.add(j.get("key").asText()));
        assertThat(keys).containsExactly("quality", "build", "test[0]", "test[1]", "deploy");
        JsonNode build = run.get("jobs").get(1);
        assertThat(build.get("id").asText()).isEqualTo("build");
        assertThat(build.get("matrixIndex").isNull()).isTrue();
        assertThat(build.get("status").asText()).isEqualTo("completed");
        assertThat(build.get("outputs").get("version").asText()).isEqualTo("1.2.3");
        assertThat(build.get("outputs").get("leak").asText()).isEqualTo("token=***");
        assertThat(build.get("durationMs").isNumber()).isTrue();
        JsonNode step = build.get("steps").get(0);
        assertThat(step.get("name").asText()).isEqualTo("Run");
        assertThat(step.get("id").asText()).isEqualTo("run");
        assertThat(step.get("outcome").asText()).isEqualTo("success");
        assertThat(step.get("conclusion").asText()).isEqualTo("success");
        assertThat(step.has("started")).isTrue();
        JsonNode annotation = build.get("annotations").get(0);
        assertThat(annotation.get("level").asText()).isEqualTo("warning");
        assertThat(annotation.get("file").asText()).isEqualTo("src/app.sh");
        assertThat(annotation.get("line").asInt()).isEqualTo(3);
        assertThat(run.get("jobs").get(2).get("matrixIndex").asInt()).isZero();
    }

    @Test
    void parallelLimitsHowManyJobsRunAtOnce() throws IOException {
        StringBuilder wide = new StringBuilder("on: push\njobs:\n");
        for (int i = 0; i < 8; i++) {
            wide.append("  j").append(i).append(":\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n");
        }
        workflow("wide.yml", wide.toString());

        assertThat(run("--parallel", "2").exitCode()).isZero();

        assertThat(executor.requests()).hasSize(8);
        assertThat(executor.mostAtOnce()).isBetween(1, 2);
    }

    @Test
    void failFastCancelsTheRunningSiblingsByInterruptingThem() throws IOException {
        workflow("ci.yml", """
                on: push
                jobs:
                  test:
                    runs-on: ubuntu-latest
                    strategy:
                      matrix:
                        n: [1, 2]
                    steps:
                      - run: test ${{ matrix.n }}
                  cleanup:
                    needs: test
                    if: always()
                    runs-on: ubuntu-latest
                    steps:
                      - run: echo cleanup
                """);
        executor.script("test[0]", ScriptedExecutor.Script.blocks());
        executor.script("test[1]", ScriptedExecutor.Script.fails("boom"));
        Path report = repo.resolve("report.json");

        CommandRun result = run("--parallel", "4", "--json", report.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).contains("[cleanup / Run] hello from cleanup");
        JsonNode jobs = new ObjectMapper().readTree(report.toFile()).get("runs").get(0).get("jobs");
        assertThat(jobs.get(0).get("key").asText()).isEqualTo("test[0]");
        assertThat(jobs.get(0).get("conclusion").asText()).isEqualTo("cancelled");
        assertThat(jobs.get(1).get("conclusion").asText()).isEqualTo("failure");
        assertThat(jobs.get(2).get("conclusion").asText()).isEqualTo("success");
    }

    @Test
    void badOptionsAreUsageErrorsNamingTheOptionOrFile() throws IOException {
        workflow("ci.yml", PIPELINE);
        workflow("dispatch.yml", """
                on:
                  workflow_dispatch:
                    inputs:
                      deploy:
                        type: boolean
                jobs:
                  a:
                    runs-on: ubuntu-latest
                    steps:
                      - run: echo ${{ inputs.deploy }}
                """);
        Path missing = repo.resolve("missing.env");
        Path malformed = Files.writeString(repo.resolve("bad.env"), "GOOD=1\n9BAD=2\n");

        assertUsage(run("pushh"), "unknown event 'pushh'");
        assertUsage(run("workflow_dispatch", "--input", "deploy=maybe"), "input \"deploy\" is a boolean");
        assertUsage(run("--secret-file", missing.toString()), missing + ": cannot read: no such file");
        assertUsage(run("--secret-file", malformed.toString()), malformed + ":2: invalid name '9BAD'");
        assertUsage(run("--secret", "NOT_SET_ANYWHERE_4711"), "no environment variable NOT_SET_ANYWHERE_4711");
        assertUsage(run("--var", "novalue"), "--var novalue: expected NAME=VALUE");
        assertUsage(run("--parallel", "0"), "--parallel must be at least 1");
        assertUsage(run("-W", "nowhere"), "no workflow file or folder");
        assertUsage(run("-e", missing.toString()), "-e " + missing + ": cannot read: no such file");
        assertUsage(run("--json", repo.resolve("no/such/dir/r.json").toString()), "no such directory");
        assertThat(executor.requests()).isEmpty();
    }

    @Test
    void typedDispatchInputsReachTheJob() throws IOException {
        workflow("dispatch.yml", """
                on:
                  workflow_dispatch:
                    inputs:
                      deploy:
                        type: boolean
                      level:
                        type: number
                        default: 3
                jobs:
                  a:
                    runs-on: ubuntu-latest
                    steps:
                      - run: echo ${{ inputs.deploy }}
                """);

        assertThat(run("workflow_dispatch", "--input", "deploy=true").exitCode()).isZero();

        Value.Obj inputs = (Value.Obj) executor.request("a").orElseThrow().contexts().get("inputs");
        assertThat(inputs.members()).containsEntry("deploy", Value.TRUE).containsEntry("level", new Value.Num(3));
    }

    @Test
    void envOptionsAreTheBaseOfTheEnvContextBelowTheWorkflowsEnv() throws IOException {
        workflow("ci.yml", """
                on: push
                env:
                  SHARED: from-workflow
                jobs:
                  a:
                    runs-on: ubuntu-latest
                    steps:
                      - if: ${{ env.ACT }}
                        run: echo $FROM_FILE
                """);
        Path envFile = Files.writeString(repo.resolve("run.env"), "FROM_FILE=file\nOVERRIDDEN=file\nSHARED=file\n");

        CommandRun result = run("--env-file", envFile.toString(), "--env", "OVERRIDDEN=option", "--env", "ACT=true",
                "--env", "SHARED=option");

        assertThat(result.exitCode()).as(result.err()).isZero();
        Value.Obj env = (Value.Obj) executor.request("a").orElseThrow().contexts().get("env");
        assertThat(env.members()).containsEntry("FROM_FILE", new Value.Str("file"))
                .containsEntry("OVERRIDDEN", new Value.Str("option"))
                .containsEntry("ACT", new Value.Str("true"))
                .containsEntry("SHARED", new Value.Str("from-workflow"));
    }

    @Test
    void aMissingEnvFileIsAUsageErrorNamingIt() throws IOException {
        workflow("ci.yml", PIPELINE);
        Path missing = repo.resolve("missing.env");

        CommandRun result = run("--env-file", missing.toString());

        assertUsage(result, "--env-file " + missing + ": cannot read: no such file");
        assertThat(result.err().lines().filter(l -> l.contains("missing.env"))).hasSize(1);
        assertThat(executor.requests()).isEmpty();
    }

    @Test
    void nothingTriggeredIsNotAnError() throws IOException {
        workflow("ci.yml", PIPELINE);

        CommandRun result = run("pull_request");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).contains("no workflow in").contains("is triggered by pull_request");
    }

    @Test
    void everyTriggeredWorkflowRunsAndOneFailureFailsTheInvocation() throws IOException {
        workflow("a.yml", "name: alpha\non: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: x\n");
        workflow("b.yml", "name: beta\non: push\njobs:\n  lint:\n    runs-on: ubuntu-latest\n    steps:\n      - run: x\n");
        executor.script("lint", ScriptedExecutor.Script.fails("lint error"));
        Path report = repo.resolve("report.json");

        CommandRun result = run("--json", report.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).contains("[alpha: build / Run] hello from build")
                .contains("[beta: lint / Run] lint error")
                .contains("alpha (" + repo.resolve(".github/workflows/a.yml") + "): success")
                .contains("beta (" + repo.resolve(".github/workflows/b.yml") + "): failure");
        JsonNode root = new ObjectMapper().readTree(report.toFile());
        assertThat(root.get("conclusion").asText()).isEqualTo("failure");
        assertThat(root.get("runs")).hasSize(2);
        assertThat(root.get("runs").get(0).get("runId").asText())
                .isNotEqualTo(root.get("runs").get(1).get("runId").asText());
    }

    @Test
    void theRunIsCalledByItsEvaluatedRunName() throws IOException {
        workflow("ci.yml", """
                name: CI
                run-name: Checks of ${{ github.event_name }} by ${{ vars.WHO }}
                on: push
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps: [{run: x}]
                """);
        Path report = repo.resolve("report.json");

        CommandRun result = run("--var", "WHO=ada", "--json", report.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Run Checks of push by ada (", "Run Checks of push by ada: success");
        JsonNode run = new ObjectMapper().readTree(report.toFile()).get("runs").get(0);
        assertThat(run.get("title").asText()).isEqualTo("Checks of push by ada");
        assertThat(run.get("workflow").asText()).isEqualTo("CI");
    }

    @Test
    void aCalledWorkflowRunsInsideTheCallerWithInputsSecretsAndOutputs() throws IOException {
        workflow("reusable.yml", """
                on:
                  workflow_call:
                    inputs:
                      who: {type: string, required: true}
                      times: {type: number, default: 2}
                    secrets:
                      token: {required: true}
                    outputs:
                      greeting:
                        value: ${{ jobs.inner.outputs.g }}
                jobs:
                  inner:
                    name: Inner ${{ inputs.who }} x${{ inputs.times }}
                    runs-on: ubuntu-latest
                    outputs:
                      g: ${{ steps.run.outputs.g }}
                    steps:
                      - run: echo "${{ secrets.token }} ${{ github.event_name }}"
                """);
        workflow("ci.yml", """
                on: push
                jobs:
                  call:
                    uses: ./.github/workflows/reusable.yml
                    with:
                      who: world
                    secrets:
                      token: ${{ secrets.DEPLOY }}
                  after:
                    needs: call
                    runs-on: ubuntu-latest
                    steps:
                      - run: echo "${{ needs.call.outputs.greeting }}"
                """);
        executor.script("inner", ScriptedExecutor.Script.succeeds("inner ran").withOutputs(Map.of("g", "hello")));
        Path report = repo.resolve("report.json");

        CommandRun result = run("--secret", "DEPLOY=s3cr3t-value", "--json", report.toString());

        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        assertThat(result.out()).contains("[call / Inner world x2 / Run] inner ran");
        JobRequest inner = executor.request("inner").orElseThrow();
        assertThat(inner.contexts().get("inputs").toString()).contains("world");
        assertThat(inner.contexts().get("github").toString()).contains("event_name=Str[value=push]");
        assertThat(inner.secrets()).containsEntry("token", "s3cr3t-value");
        assertThat(executor.request("after").orElseThrow().contexts().get("needs").toString()).contains("hello");
        List<String> order = new ArrayList<>();
        new ObjectMapper().readTree(report.toFile()).get("runs").get(0).get("jobs")
                .forEach(job -> order.add(job.get("key").asText()));
        assertThat(order).containsExactly("call", "call/inner", "after");
    }

    @Test
    void aCallWithoutARequiredSecretFailsNamingBothFilesAndRunsNothing() throws IOException {
        workflow("reusable.yml", """
                on:
                  workflow_call:
                    secrets:
                      token: {required: true}
                jobs:
                  inner:
                    runs-on: ubuntu-latest
                    steps: [{run: x}]
                """);
        workflow("ci.yml", "on: push\njobs:\n  call:\n    uses: ./.github/workflows/reusable.yml\n");

        CommandRun result = run();

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out() + result.err()).contains("ci.yml").contains("token");
        assertThat(executor.requests()).isEmpty();
    }

    private void assertUsage(CommandRun result, String message) {
        assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
        assertThat(result.err()).contains(message);
    }
}
