package dev.gantry.runner.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Against the real engine: job containers, services, health checks, cleanup (skipped without an engine). */
class JobContainersTest {

    private static final String PG_HEALTH = "--health-cmd pg_isready --health-interval 1s --health-timeout 5s"
            + " --health-retries 60";

    private final List<String> log = Collections.synchronizedList(new ArrayList<>());

    private static ContainerSpec spec(String image, String options, List<String> ports) {
        ContainerOptions o = ((OptionsParser.Parsed.Ok) OptionsParser.parse(options)).options();
        return new ContainerSpec(image, Map.of("POSTGRES_DB", "app"), ports, List.of(), o, Optional.empty(),
                Optional.empty(), List.of());
    }

    private JobContainers containers(DockerEngine engine, ResourceLabels labels) {
        return new JobContainers(engine, labels, new JobContainers.Settings(ImagePolicy.NEVER, Duration.ofMinutes(2),
                "docker", ContainerLimits.NONE), log::add);
    }

    @Test
    void bashStepsRunInTheJobContainerWithTheWorkspaceMountedAtItsHostPath(@TempDir Path dir) throws Exception {
        DockerEngine engine = EngineTests.engine();
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/docker")) || Files.isExecutable(Path.of("/usr/local/bin/docker")),
                "skipped: the docker command is not installed");
        Path workspace = Files.createDirectories(dir.resolve("work"));
        Path temp = Files.createDirectories(dir.resolve("temp"));
        Path script = temp.resolve("step.sh");
        Files.writeString(script, "echo \"in $(cat /etc/debian_version) as $(id -un) at $PWD\"\n"
                + "echo \"token=$TOKEN\"\necho made > \"$GITHUB_WORKSPACE/out.txt\"\ntest -z \"$HOST_ONLY\"\n"
                + "command -v mytool\nexit 3\n");
        Path tool = Files.createDirectories(dir.resolve("tools/bin"));
        Files.writeString(tool.resolve("mytool"), "#!/bin/sh\n");
        tool.resolve("mytool").toFile().setExecutable(true);
        try (JobContainers job = containers(engine, ResourceLabels.of("run1", "bash"))) {
            JobContainers.Started started = job.start(List.of(), Optional.of(ContainerSpec.of(EngineTests.DEBIAN)),
                    List.of(workspace, temp, dir.resolve("tools")));
            assertThat(started).isInstanceOf(JobContainers.Started.Ready.class);
            ContainerExec exec = ((JobContainers.Started.Ready) started).exec().orElseThrow();
            Map<String, String> host = new LinkedHashMap<>(System.getenv());
            host.put("HOST_ONLY", "do not pass");
            Map<String, String> step = new LinkedHashMap<>(host);
            step.put("TOKEN", "abc def");
            step.put("GITHUB_WORKSPACE", workspace.toString());
            step.put("PATH", tool + ":" + host.get("PATH"));
            ContainerExec.Wrapped w = exec.wrap(List.of("/usr/bin/bash", "-e", script.toString()), workspace, step,
                    host);
            EngineTests.Ran ran = EngineTests.run(w.command(), w.environment());
            assertThat(ran.code()).isEqualTo(3);
            assertThat(ran.output()).contains("in 12.", "as root at " + workspace, "token=abc def",
                    tool.resolve("mytool").toString());
            assertThat(Files.readString(workspace.resolve("out.txt"))).isEqualTo("made\n");
        }
        assertThat(engine.containersLabelled(ResourceLabels.JOB).stream()
                .filter(c -> "run1/bash".equals(c.getLabels().get(ResourceLabels.JOB)))).isEmpty();
    }

    @Test
    void hostAndContainerReachAPostgresServiceWithAPgIsreadyHealthCheck(@TempDir Path dir) throws Exception {
        DockerEngine engine = EngineTests.engine();
        Path workspace = Files.createDirectories(dir.resolve("work"));
        try (JobContainers job = containers(engine, ResourceLabels.of("run2", "pg"))) {
            JobContainers.Started started = job.start(List.of(new ServiceSpec("postgres",
                            spec(EngineTests.POSTGRES, PG_HEALTH, List.of("5432")))),
                    Optional.of(ContainerSpec.of(EngineTests.POSTGRES)), List.of(workspace));
            assertThat(started).as(String.join("\n", log)).isInstanceOf(JobContainers.Started.Ready.class);
            JobContainers.Started.Ready ready = (JobContainers.Started.Ready) started;
            String port = ready.services().get("postgres").ports().get("5432");
            assertThat(port).matches("\\d+");
            if (Files.isExecutable(Path.of("/usr/bin/psql"))) {
                EngineTests.Ran host = EngineTests.run(List.of("psql", "-h", "localhost", "-p", port, "-U", "postgres",
                        "-d", "app", "-v", "ON_ERROR_STOP=1", "-Atc",
                        "CREATE TABLE t (n int); INSERT INTO t VALUES (41), (1); SELECT sum(n) FROM t"), System.getenv());
                assertThat(host.output()).contains("42");
                assertThat(host.code()).isZero();
            }
            ContainerExec exec = ready.exec().orElseThrow();
            Map<String, String> env = System.getenv();
            ContainerExec.Wrapped w = exec.wrap(List.of("psql", "-h", "postgres", "-U", "postgres", "-d", "app",
                    "-Atc", "SELECT 'from the container ' || count(*) FROM pg_database"), workspace, env, env);
            EngineTests.Ran inside = EngineTests.run(w.command(), w.environment());
            assertThat(inside.output()).contains("from the container ");
            assertThat(inside.code()).isZero();
        }
        assertThat(log).anyMatch(l -> l.startsWith("Log of service 'postgres'"));
        assertThat(log).anyMatch(l -> l.contains("database system is ready to accept connections"));
    }

    @Test
    void aServiceThatNeverBecomesHealthyFailsTheJobNamingIt() throws Exception {
        DockerEngine engine = EngineTests.engine();
        try (JobContainers job = containers(engine, ResourceLabels.of("run3", "broken"))) {
            JobContainers.Started started = job.start(List.of(
                    new ServiceSpec("db", spec(EngineTests.POSTGRES, PG_HEALTH, List.of())),
                    new ServiceSpec("cache", withCommand(spec(EngineTests.DEBIAN, "--entrypoint sleep"
                            + " --health-cmd 'echo cache is not ready; exit 1' --health-interval 1s"
                            + " --health-retries 2", List.of()), "600"))),
                    Optional.empty(), List.of());
            assertThat(started).isInstanceOf(JobContainers.Started.Failed.class);
            assertThat(((JobContainers.Started.Failed) started).message())
                    .isEqualTo("service 'cache' is unhealthy; last health check exited with 1: cache is not ready");
        }
    }

    @Test
    void aMissingImageUnderTheNeverPolicyFailsNamingIt() throws Exception {
        DockerEngine engine = EngineTests.engine();
        try (JobContainers job = containers(engine, ResourceLabels.of("run4", "missing"))) {
            JobContainers.Started started = job.start(List.of(new ServiceSpec("redis",
                    ContainerSpec.of("gantry-test/redis:none"))), Optional.empty(), List.of());
            assertThat(((JobContainers.Started.Failed) started).message()).isEqualTo("service 'redis' (image"
                    + " gantry-test/redis:none): image 'gantry-test/redis:none' is not on this engine and the image"
                    + " policy is 'never' (build or load it first)");
        }
    }

    @Test
    void cancellingWhileServicesStartLeavesNothingLabelled() throws Exception {
        DockerEngine engine = EngineTests.engine();
        ResourceLabels labels = ResourceLabels.of("run5", "cancelled");
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread job = Thread.ofVirtual().start(() -> {
            try (JobContainers containers = containers(engine, labels)) {
                containers.start(List.of(new ServiceSpec("slow", withCommand(spec(EngineTests.DEBIAN,
                        "--entrypoint sleep --health-cmd false --health-interval 1s --health-retries 1000",
                        List.of("80")), "600"))), Optional.of(ContainerSpec.of(EngineTests.DEBIAN)), List.of());
            } catch (Throwable t) {
                thrown.set(t);
            }
        });
        while (log.stream().noneMatch(l -> l.startsWith("Started service 'slow'"))) {
            Thread.sleep(50);
        }
        job.interrupt();
        job.join();
        assertThat(thrown.get()).isInstanceOf(InterruptedException.class);
        assertThat(engine.containersLabelled(ResourceLabels.JOB).stream()
                .filter(c -> labels.job().equals(c.getLabels().get(ResourceLabels.JOB)))).isEmpty();
        assertThat(engine.networksLabelled(ResourceLabels.JOB).stream()
                .filter(n -> labels.job().equals(n.getLabels().get(ResourceLabels.JOB)))).isEmpty();
    }

    @Test
    void theJanitorRemovesWhatAnEndedProcessLeftAndKeepsWhatALiveOneOwns() throws Exception {
        DockerEngine engine = EngineTests.engine();
        ResourceLabels dead = new ResourceLabels("run6/crashed", "dead-owner");
        ResourceLabels live = new ResourceLabels("run6/running", "live-owner");
        JobContainers crashed = containers(engine, dead);
        JobContainers running = containers(engine, live);
        try {
            ContainerSpec sleeper = withCommand(spec(EngineTests.DEBIAN, "--entrypoint sleep", List.of()), "600");
            assertThat(crashed.start(List.of(new ServiceSpec("s", sleeper)), Optional.empty(), List.of()))
                    .isInstanceOf(JobContainers.Started.Ready.class);
            assertThat(running.start(List.of(new ServiceSpec("s", sleeper)), Optional.empty(), List.of()))
                    .isInstanceOf(JobContainers.Started.Ready.class);
            ContainerJanitor.Sweep sweep = new ContainerJanitor(engine, owner -> !owner.equals("dead-owner")).sweep();
            assertThat(sweep.containers()).isEqualTo(1);
            assertThat(sweep.networks()).isEqualTo(1);
            assertThat(sweep.problems()).isEmpty();
            assertThat(engine.containersLabelled(ResourceLabels.JOB).stream()
                    .map(c -> c.getLabels().get(ResourceLabels.JOB))).contains("run6/running")
                    .doesNotContain("run6/crashed");
        } finally {
            running.close();
            crashed.close();
        }
    }

    private static ContainerSpec withCommand(ContainerSpec s, String... command) {
        return new ContainerSpec(s.image(), s.env(), s.ports(), s.volumes(), s.options(), s.login(), s.entrypoint(),
                List.of(command));
    }
}
