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
                  host:
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
                      PGPORT: ${{ job.services.postgres.ports['5432'] }}
                      PGUSER: postgres
                      PGDATABASE: app
                    steps:
                      - run: psql -v ON_ERROR_STOP=1 -c 'create table notes (id int primary key, body text)'
                      - run: psql -v ON_ERROR_STOP=1 -c "insert into notes values (1, 'from the host')"
                      - run: echo "host read $(psql -tA -c 'select body from notes where id = 1')"
                  in-container:
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
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aServiceThatNeverBecomesHealthyFailsItsJobNamingIt() throws Exception {
        workflow("""
                on: push
                jobs:
                  test:
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
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aCancelledRunLeavesNoContainerNetworkOrVolume() throws Exception {
        workflow("""
                on: push
                jobs:
                  slow:
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
        assertThat(leftovers()).isEmpty();
    }

    private void workflow(String text) throws IOException {
        Path dir = Files.createDirectories(work.resolve(".github/workflows"));
        Files.writeString(dir.resolve("ci.yml"), text);
    }

    /** Containers, networks and volumes labelled by Gantry that still exist. */
    private static String leftovers() throws Exception {
        StringBuilder out = new StringBuilder();
        for (String kind : List.of("container", "network", "volume")) {
            Ran ran = kind.equals("container")
                    ? docker("ps", "-a", "-q", "--filter", "label=" + LABEL)
                    : docker(kind, "ls", "-q", "--filter", "label=" + LABEL);
            out.append(ran.output().strip());
        }
        return out.toString();
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
