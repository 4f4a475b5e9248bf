package dev.gantry.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Service containers and container jobs through the packaged jar against the real Docker engine, with the images
 * {@code .ci/container-images} builds (no registry is reachable here): a host job and a container job each migrate
 * and query a PostgreSQL service that a {@code pg_isready} health check guards; a service that never becomes healthy
 * fails its job naming it; a cancelled run leaves no container, network or volume behind. Skipped with a message
 * when no engine answers or the images are missing.
 */
class ContainerProcessIT {

    private static final String POSTGRES = "gantry-test/postgres:15";
    private static final String DEBIAN = "gantry-test/debian:bookworm";
    private static final String LABEL = "dev.gantry.job";

    @TempDir
    Path work;

    @BeforeAll
    static void engineAndImages() throws Exception {
        assumeTrue(docker("info").code() == 0, "skipped: no Docker engine answers (docker info failed)");
        for (String image : List.of(POSTGRES, DEBIAN)) {
            assumeTrue(docker("image", "inspect", image).code() == 0,
                    "skipped: image " + image + " is missing (run .ci/container-images)");
        }
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/psql")), "skipped: psql is not installed on the host");
    }

    @Test
    void aHostJobAndAContainerJobMigrateAndQueryAPostgresService() throws Exception {
        workflow("""
                on: push
                jobs:
                  host-it:
                    runs-on: ubuntu-latest
                    services:
                      postgres:
                        image: gantry-test/postgres:15
                        env:
                          POSTGRES_DB: app
                        ports: ['5432']
                        options: >-
                          --health-cmd "pg_isready -U postgres" --health-interval 1s --health-timeout 5s
                          --health-retries 60
                    env:
                      PGHOST: localhost
                      PGUSER: postgres
                      PGDATABASE: app
                    steps:
                      - run: echo "PGPORT=${{ job.services.postgres.ports['5432'] }}" >> "$GITHUB_ENV"
                      - run: psql -v ON_ERROR_STOP=1 -c 'create table notes (id int primary key, body text)'
                      - run: psql -v ON_ERROR_STOP=1 -c "insert into notes values (1, 'from the host')"
                      - run: echo "host read $(psql -tA -c 'select body from notes where id = 1')"
                  container-it:
                    runs-on: ubuntu-latest
                    container: gantry-test/postgres:15
                    services:
                      db:
                        image: gantry-test/postgres:15
                        options: >-
                          --health-cmd "pg_isready -U postgres" --health-interval 1s --health-timeout 5s
                          --health-retries 60
                    env:
                      PGHOST: db
                      PGUSER: postgres
                    steps:
                      - run: psql -v ON_ERROR_STOP=1 -c 'create table notes (id int primary key, body text)'
                      - run: psql -v ON_ERROR_STOP=1 -c "insert into notes values (2, 'from a container')"
                      - run: echo "container read $(psql -tA -c 'select body from notes where id = 2')"
                """);

        GantryProcess result = GantryProcess.run("run", "-C", work.toString());

        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        assertThat(result.out()).contains("host read from the host", "container read from a container",
                "Service 'postgres' is ready", "Service 'db' is ready");
        assertThat(leftovers()).doesNotContain("/host-it", "/container-it");
    }

    @Test
    void aServiceThatNeverBecomesHealthyFailsItsJobNamingIt() throws Exception {
        workflow("""
                on: push
                jobs:
                  unhealthy-it:
                    runs-on: ubuntu-latest
                    services:
                      postgres:
                        image: gantry-test/postgres:15
                        options: --health-cmd "pg_isready -U postgres" --health-interval 1s --health-retries 60
                      cache:
                        image: gantry-test/debian:bookworm
                        options: >-
                          --entrypoint sleep --health-cmd "echo cache is not ready; exit 1" --health-interval 1s
                          --health-retries 2
                        command: infinity
                    steps:
                      - run: echo never
                """);

        GantryProcess result = GantryProcess.run("run", "-C", work.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).contains("service 'cache' is unhealthy", "cache is not ready")
                .doesNotContain("never\n");
        assertThat(leftovers()).doesNotContain("/unhealthy-it");
    }

    @Test
    void aCancelledRunLeavesNoContainerNetworkOrVolume() throws Exception {
        workflow("""
                on: push
                jobs:
                  cancel-it:
                    runs-on: ubuntu-latest
                    container: gantry-test/debian:bookworm
                    services:
                      postgres:
                        image: gantry-test/postgres:15
                        options: --health-cmd "pg_isready -U postgres" --health-interval 1s --health-retries 60
                    steps:
                      - run: echo started-sleeping; sleep 300
                """);
        List<String> command = List.of(GantryProcess.java(), "-jar", GantryProcess.JAR.toString(), "run", "-C",
                work.toString());
        Path out = work.resolve("out.txt");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!Files.readString(out).contains("started-sleeping") && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(Files.readString(out)).contains("started-sleeping");
        process.destroy();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as(Files.readString(out)).isTrue();
        assertThat(process.exitValue()).isEqualTo(1);
        assertThat(leftovers()).doesNotContain("/cancel-it");
    }

    private void workflow(String text) throws IOException {
        Path dir = Files.createDirectories(work.resolve(".github/workflows"));
        Files.writeString(dir.resolve("ci.yml"), text);
    }

    /**
     * The {@code dev.gantry.job} labels ({@code <run>/<job>}) of the containers, networks and volumes that still
     * exist, one per line (other tests on the same engine may have their own; each test checks its job ids).
     */
    private static String leftovers() throws Exception {
        String format = "{{.Label \"" + LABEL + "\"}}";
        return docker("ps", "-a", "--filter", "label=" + LABEL, "--format", format).output()
                + docker("network", "ls", "--filter", "label=" + LABEL, "--format", format).output()
                + docker("volume", "ls", "--filter", "label=" + LABEL, "--format", format).output();
    }

    private record Ran(int code, String output) {}

    private static Ran docker(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("docker"));
        command.addAll(List.of(args));
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            return new Ran(127, e.getMessage());
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Ran(process.waitFor(), output);
    }
}
