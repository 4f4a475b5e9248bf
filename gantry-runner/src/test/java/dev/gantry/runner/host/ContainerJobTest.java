package dev.gantry.runner.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gantry.engine.exec.Conclusion;
import dev.gantry.runner.container.ContainerRuntime;
import dev.gantry.runner.container.DockerEngine;
import dev.gantry.runner.container.ResourceLabels;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Container jobs and service containers through the host executor, against the real engine and the images
 * {@code .ci/container-images} builds; skipped with a message when either is missing.
 */
class ContainerJobTest {

    private static final String DEBIAN = "gantry-test/debian:bookworm";
    private static final String POSTGRES = "gantry-test/postgres:15";

    private static ContainerRuntime runtime;

    @TempDir
    Path root;

    @BeforeAll
    static void engine() throws Exception {
        runtime = ContainerRuntime.detect(System.getenv());
        assumeTrue(runtime instanceof ContainerRuntime.Available,
                () -> "skipped: " + ((ContainerRuntime.Unavailable) runtime).reason());
        DockerEngine engine = ((ContainerRuntime.Available) runtime).engine();
        assumeTrue(engine.hasImage(DEBIAN) && engine.hasImage(POSTGRES),
                "skipped: the test images are missing (run .ci/container-images)");
    }

    @AfterAll
    static void close() {
        if (runtime instanceof ContainerRuntime.Available available) {
            available.engine().close();
        }
    }

    private Harness harness() {
        return new Harness(new Harness(root).options().withContainers(runtime));
    }

    @Test
    void stepsOfAContainerJobRunInsideTheContainerWithEnvFilesAndOutputs() {
        var run = harness().run("""
                on: push
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    container:
                      image: gantry-test/debian:bookworm
                      env:
                        FROM_CONTAINER: c1
                    steps:
                      - id: a
                        run: |
                          echo "debian $(cat /etc/debian_version) env=$FROM_CONTAINER"
                          echo "v=inside" >> "$GITHUB_OUTPUT"
                          echo "LATER=yes" >> "$GITHUB_ENV"
                      - shell: sh
                        run: echo "later=$LATER out=${{ steps.a.outputs.v }}"
                """);
        assertThat(run.result().conclusion()).as(run.log()).isEqualTo(Conclusion.SUCCESS);
        assertThat(run.log()).contains("debian 12.", "env=c1", "later=yes out=inside");
    }

    @Test
    void aHostJobReachesAPostgresServiceThroughItsMappedPort() throws Exception {
        var run = harness().run("""
                on: push
                jobs:
                  test:
                    runs-on: ubuntu-latest
                    services:
                      db:
                        image: gantry-test/postgres:15
                        ports: ['5432']
                        options: >-
                          --health-cmd "pg_isready -U postgres" --health-interval 1s --health-timeout 5s
                          --health-retries 30
                    steps:
                      - run: |
                          echo "port=${{ job.services.db.ports['5432'] }}"
                          test -n "${{ job.services.db.ports['5432'] }}"
                """);
        assertThat(run.result().conclusion()).as(run.log()).isEqualTo(Conclusion.SUCCESS);
        assertThat(run.log()).contains("Service 'db' is ready").containsPattern("port=\\d+");
        assertThat(leftovers()).as("containers of the job after it ended").doesNotContain("/test");
    }

    /** The {@code dev.gantry.job} labels of the containers that exist now, one per line. */
    private static String leftovers() throws Exception {
        Process ps = new ProcessBuilder("docker", "ps", "-a", "--filter", "label=" + ResourceLabels.JOB, "--format",
                "{{.Label \"" + ResourceLabels.JOB + "\"}}").redirectErrorStream(true).start();
        String out = new String(ps.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        ps.waitFor();
        return out;
    }

    @Test
    void aMissingImageFailsTheJobAtSetupNamingIt() {
        var run = harness().run("""
                on: push
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    container: gantry-test/not-there:1
                    steps:
                      - run: echo never
                """);
        assertThat(run.result().conclusion()).isInstanceOf(Conclusion.Failure.class);
        assertThat(((Conclusion.Failure) run.result().conclusion()).reason()).contains("gantry-test/not-there:1");
        assertThat(run.log()).doesNotContain("never\n");
    }
}
