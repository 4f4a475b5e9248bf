package dev.gantry.runner.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gantry.engine.exec.Conclusion;
import dev.gantry.engine.exec.StepStatus;
import dev.gantry.runner.action.ActionSources;
import dev.gantry.runner.action.ActionStore;
import dev.gantry.runner.container.ContainerRuntime;
import dev.gantry.runner.container.DockerEngine;
import dev.gantry.runner.container.ResourceLabels;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Docker actions through the host executor against the real engine: a Dockerfile action built from
 * {@code gantry-test/debian:bookworm} (which {@code .ci/container-images} builds; no registry is used), a
 * {@code docker://} step, post entry points, a failing container, a container job's network. Skipped with a message
 * without an engine or the image.
 */
class DockerActionTest {

    private static final String DEBIAN = "gantry-test/debian:bookworm";

    private static ContainerRuntime runtime;

    @TempDir
    Path root;

    private Path repo;
    private Harness harness;

    @BeforeAll
    static void engine() throws Exception {
        runtime = ContainerRuntime.detect(System.getenv());
        assumeTrue(runtime instanceof ContainerRuntime.Available,
                () -> "skipped: " + ((ContainerRuntime.Unavailable) runtime).reason());
        DockerEngine engine = ((ContainerRuntime.Available) runtime).engine();
        assumeTrue(engine.hasImage(DEBIAN), "skipped: image " + DEBIAN + " is missing (run .ci/container-images)");
    }

    @AfterAll
    static void close() {
        if (runtime instanceof ContainerRuntime.Available available) {
            available.engine().close();
        }
    }

    @BeforeEach
    void setUp() throws IOException {
        repo = Files.createDirectories(root.resolve("repo"));
        harness = new Harness(new Harness(root).options().withWorkspace(repo).withContainers(runtime));
    }

    private void file(String path, String text) throws IOException {
        Path file = repo.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        if (path.endsWith(".sh")) {
            file.toFile().setExecutable(true, false);
        }
    }

    /** A Dockerfile action whose entry point shows what it got and answers through the env files. */
    private void greetAction(String marker) throws IOException {
        file("greet/Dockerfile", """
                FROM gantry-test/debian:bookworm
                LABEL marker="%s"
                ENV IMAGE_VAR=from-image
                COPY entrypoint.sh /entrypoint.sh
                ENTRYPOINT ["/entrypoint.sh"]
                """.formatted(marker));
        file("greet/entrypoint.sh", """
                #!/bin/bash
                set -e
                echo "args=[$*] who=$INPUT_WHO greeting=$INPUT_GREETING runs_env=$GREETING_STYLE image=$IMAGE_VAR"
                echo "pwd=$(pwd) workspace=$GITHUB_WORKSPACE job_env=$JOB_VAR step_env=$STEP_VAR"
                echo "hello ${INPUT_WHO}" > greeting.txt
                echo "said=Hello, $INPUT_WHO" >> "$GITHUB_OUTPUT"
                echo "FROM_ACTION=set-by-action" >> "$GITHUB_ENV"
                echo "::warning::greeted $INPUT_WHO"
                """);
        file("greet/action.yml", """
                name: greet
                description: greets in a container
                inputs:
                  who:
                    description: whom
                    required: true
                  greeting:
                    description: how
                    default: Hello
                outputs:
                  said:
                    description: what was said
                runs:
                  using: docker
                  image: Dockerfile
                  env:
                    GREETING_STYLE: style-${{ inputs.greeting }}
                  args:
                    - first
                    - ${{ inputs.who }} and friends
                """);
    }

    @Test
    void aDockerfileActionIsBuiltAndRunsWithInputsArgsEnvAndSetsAnOutput() throws IOException {
        greetAction(UUID.randomUUID().toString());
        String workflow = """
                on: push
                env:
                  JOB_VAR: job-level
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                      - id: greet
                        uses: ./greet
                        with:
                          who: Mona
                        env:
                          STEP_VAR: step-level
                      - run: |
                          echo "output=${{ steps.greet.outputs.said }} env=$FROM_ACTION file=$(cat greeting.txt)"
                """;
        var run = harness.run(workflow);
        assertThat(run.result().conclusion()).as(run.log()).isEqualTo(Conclusion.SUCCESS);
        String log = run.log();
        assertThat(log).contains("Building " + repo.resolve("greet/Dockerfile") + " as gantry-action/greet:",
                "args=[first Mona and friends] who=Mona greeting=Hello runs_env=style-Hello image=from-image",
                "pwd=" + repo + " workspace=" + repo + " job_env=job-level step_env=step-level",
                "output=Hello, Mona env=set-by-action file=hello Mona");
        assertThat(run.recorder().annotations()).anyMatch(a -> a.message().equals("greeted Mona"));
        assertThat(leftovers()).as("action containers left behind").isEmpty();

        var again = harness.run(workflow);
        assertThat(again.result().conclusion()).as(again.log()).isEqualTo(Conclusion.SUCCESS);
        assertThat(again.log()).contains("built from " + repo.resolve("greet/Dockerfile") + " before")
                .doesNotContain("Building ");
        var tag = java.util.regex.Pattern.compile("as (gantry-action/greet:[0-9a-f]+)").matcher(log);
        if (tag.find()) {
            docker("rmi", "-f", tag.group(1));
        }
    }

    @Test
    void aDockerImageStepTakesArgsAndEntrypointFromWith() {
        var run = harness.run("""
                on: push
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                      - id: img
                        uses: docker://gantry-test/debian:bookworm
                        with:
                          entrypoint: /bin/bash
                          args: -c 'echo "in $(cat /etc/debian_version) args=$INPUT_ARGS"; echo "v=42" >> "$GITHUB_OUTPUT"'
                      - run: echo "got ${{ steps.img.outputs.v }}"
                """);
        assertThat(run.result().conclusion()).as(run.log()).isEqualTo(Conclusion.SUCCESS);
        assertThat(run.log()).containsPattern("in 12\\.\\d+ args=-c 'echo").contains("got 42");
    }

    @Test
    void aFailingContainerFailsTheStepWithItsExitCodeAndIsRemoved() {
        var run = harness.run("""
                on: push
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                      - uses: docker://gantry-test/debian:bookworm
                        with:
                          entrypoint: /bin/sh
                          args: -c "echo failing; exit 3"
                      - run: echo not reached
                """);
        assertThat(run.result().conclusion()).isInstanceOf(Conclusion.Failure.class);
        assertThat(run.log()).contains("failing", "Process completed with exit code 3.").doesNotContain("not reached");
        assertThat(leftovers()).as("action containers left behind").isEmpty();
    }

    @Test
    void postEntrypointRunsAfterTheLastStepAndPostIfIsHonoured() throws IOException {
        file("phases/Dockerfile", """
                FROM gantry-test/debian:bookworm
                COPY main.sh post.sh /
                ENTRYPOINT ["/main.sh"]
                """);
        file("phases/main.sh", """
                #!/bin/sh
                echo "main args=$*"
                echo "token=from-main" >> "$GITHUB_STATE"
                """);
        file("phases/post.sh", """
                #!/bin/sh
                echo "post args=$* state=$STATE_token"
                """);
        file("phases/action.yml", """
                name: phases
                description: main and post
                runs:
                  using: docker
                  image: Dockerfile
                  args: [a1]
                  post-entrypoint: /post.sh
                """);
        file("skipped/action.yml", """
                name: skipped-post
                description: post only on failure
                runs:
                  using: docker
                  image: docker://gantry-test/debian:bookworm
                  entrypoint: /bin/true
                  post-entrypoint: /bin/false
                  post-if: failure()
                """);
        var run = harness.run("""
                on: push
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                      - name: phases
                        uses: ./phases
                      - name: skipped
                        uses: ./skipped
                      - run: echo last step
                """);
        assertThat(run.result().conclusion()).as(run.log()).isEqualTo(Conclusion.SUCCESS);
        assertThat(run.log()).contains("main args=a1", "post args=a1 state=from-main");
        assertThat(run.log().indexOf("post args")).isGreaterThan(run.log().indexOf("last step"));
        assertThat(run.step("Post phases").outcome()).isEqualTo(StepStatus.SUCCESS);
        assertThat(run.step("Post skipped").outcome()).isEqualTo(StepStatus.SKIPPED);
    }

    @Test
    void inAContainerJobTheActionJoinsTheJobsNetwork() {
        var run = harness.run("""
                on: push
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    container: gantry-test/debian:bookworm
                    services:
                      db:
                        image: gantry-test/postgres:15
                        options: >-
                          --health-cmd "pg_isready -U postgres" --health-interval 1s --health-timeout 5s
                          --health-retries 30
                    steps:
                      - uses: docker://gantry-test/debian:bookworm
                        with:
                          entrypoint: /bin/sh
                          args: -c "getent hosts db && echo service db resolves"
                """);
        assertThat(run.result().conclusion()).as(run.log()).isEqualTo(Conclusion.SUCCESS);
        assertThat(run.log()).contains("service db resolves");
    }

    @Test
    void aStoredDockerActionsPreEntrypointRunsBeforeTheFirstStepUnlessPreIfIsFalse() throws IOException {
        Path stored = Files.createDirectories(root.resolve("store/acme-tool"));
        Files.writeString(stored.resolve("action.yml"), """
                name: tool
                description: pre, main and post entry points
                inputs:
                  level:
                    description: l
                    default: low
                runs:
                  using: docker
                  image: docker://gantry-test/debian:bookworm
                  pre-entrypoint: /bin/sh
                  entrypoint: /bin/sh
                  post-entrypoint: /bin/sh
                  args:
                    - -c
                    - echo "phase args level=${{ inputs.level }} input=$INPUT_LEVEL state=$STATE_from_pre"; echo "from_pre=yes" >> "$GITHUB_STATE"
                """);
        ActionStore store = (owner, repo, ref) -> Optional.of(new ActionStore.StoredAction(stored,
                "0123456789abcdef0123456789abcdef01234567"));
        Harness withStore = new Harness(new Harness(root).options().withWorkspace(repo).withContainers(runtime)
                .withActions(ActionSources.of(store, List.of())));
        var run = withStore.run("""
                on: push
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                      - run: echo first step
                      - name: tool
                        uses: acme/tool@v1
                        with:
                          level: high
                """);
        assertThat(run.result().conclusion()).as(run.log()).isEqualTo(Conclusion.SUCCESS);
        String log = run.log();
        assertThat(log.indexOf("phase args level=high input=high state=")).as(log)
                .isGreaterThanOrEqualTo(0).isLessThan(log.indexOf("first step"));
        assertThat(log).contains("phase args level=high input=high state=yes");
        assertThat(run.step("Pre tool").outcome()).isEqualTo(StepStatus.SUCCESS);
        assertThat(run.step("Post tool").outcome()).isEqualTo(StepStatus.SUCCESS);
    }

    @Test
    void cancellingTheJobEndsTheActionContainerAndRemovesIt() throws Exception {
        var started = harness.start("""
                on: push
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                      - uses: docker://gantry-test/debian:bookworm
                        with:
                          entrypoint: /bin/sh
                          args: -c "echo sleeping; sleep 300"
                """, Map.of(), Duration.ofMinutes(10));
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!started.recorder.lines().contains("sleeping") && System.nanoTime() < until) {
            Thread.sleep(100);
        }
        assertThat(started.recorder.lines()).contains("sleeping");
        started.thread().interrupt();
        var run = started.join();
        assertThat(run.result().conclusion()).isInstanceOf(Conclusion.Cancelled.class);
        assertThat(leftovers()).as("action containers left behind").isEmpty();
    }

    @Test
    void aDockerfileThatDoesNotBuildFailsTheStepNamingTheAction() throws IOException {
        file("broken/Dockerfile", """
                FROM gantry-test/debian:bookworm
                RUN exit 7
                """);
        file("broken/action.yml", """
                name: broken
                description: does not build
                runs:
                  using: docker
                  image: Dockerfile
                """);
        var run = harness.run("""
                on: push
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                      - uses: ./broken
                """);
        assertThat(run.result().conclusion()).isInstanceOf(Conclusion.Failure.class);
        assertThat(run.recorder().annotations()).anyMatch(a -> a.message().contains("the docker action './broken'")
                && a.message().contains("cannot build"));
    }

    @Test
    void aFolderWithOnlyADockerfileIsADockerAction() throws IOException {
        file("bare/Dockerfile", """
                FROM gantry-test/debian:bookworm
                ENTRYPOINT ["sh", "-c", "echo bare action ran"]
                """);
        var run = harness.run("""
                on: push
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                      - uses: ./bare
                """);
        assertThat(run.result().conclusion()).as(run.log()).isEqualTo(Conclusion.SUCCESS);
        assertThat(run.log()).contains("bare action ran");
    }

    /** Action containers (by name) that still exist. */
    private static String leftovers() {
        return docker("ps", "-a", "--filter", "label=" + ResourceLabels.JOB, "--filter", "name=-action-", "--format",
                "{{.Names}}");
    }

    /** Runs the {@code docker} client: its output. */
    private static String docker(String... args) {
        try {
            java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of("docker"));
            command.addAll(java.util.List.of(args));
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            return out.strip();
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
