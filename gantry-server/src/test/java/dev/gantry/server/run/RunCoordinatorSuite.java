package dev.gantry.server.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.engine.event.Event;
import dev.gantry.engine.event.EventBuilder;
import dev.gantry.engine.event.PinnedRevision;
import dev.gantry.engine.exec.Conclusion;
import dev.gantry.server.secret.RepositorySecrets;
import dev.gantry.server.secret.SecretName;
import dev.gantry.server.store.Database;
import dev.gantry.server.store.Ids.RunId;
import dev.gantry.server.store.Job;
import dev.gantry.server.store.JobQueue;
import dev.gantry.server.store.JobStore;
import dev.gantry.server.store.NewRepository;
import dev.gantry.server.store.Repository;
import dev.gantry.server.store.RepositoryStore;
import dev.gantry.server.store.Run;
import dev.gantry.server.store.RunLedger;
import dev.gantry.server.store.RunStore;
import dev.gantry.server.store.Status;
import dev.gantry.server.store.StoreLocation;
import dev.gantry.server.trigger.EventSink;
import dev.gantry.server.trigger.RepositoryContent;
import dev.gantry.server.trigger.RunIntake;
import dev.gantry.server.trigger.ServerRunControl;
import dev.gantry.workflow.expr.Value;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The coordinator on a real (H2) database, with the test playing the agent through the job queue: runs go from
 * event to conclusion, jobs start when what they need has completed, a restarted coordinator carries on, cancels
 * and re-runs behave as on GitHub. Run on each database Gantry supports.
 */
abstract class RunCoordinatorSuite {

    private static final String SHA = "a".repeat(40);
    private static final String PIPELINE = """
            name: pipeline
            on: push
            jobs:
              build:
                runs-on: ubuntu-latest
                outputs:
                  version: ${{ steps.v.outputs.version }}
                steps:
                  - run: echo build
              test:
                needs: build
                runs-on: [self-hosted, "${{ matrix.os }}"]
                strategy:
                  matrix:
                    os: [linux, Windows]
                steps:
                  - run: echo test
              report:
                needs: test
                if: always()
                runs-on: ubuntu-latest
                steps:
                  - run: echo report
            """;

    @TempDir
    Path dir;

    private Database db;
    private Repository repository;
    private final QueueSignal signal = new QueueSignal();
    private final StringWriter log = new StringWriter();
    private RunCoordinator coordinator;
    private RepositorySecrets secrets;
    private RunIntake intake;
    private final Map<String, String> workflows = new java.util.TreeMap<>();

    abstract StoreLocation location(Path dir) throws Exception;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(location(dir));
        repository = ((RepositoryStore.Creation.Created) new RepositoryStore(db)
                .create(new NewRepository("acme", "shop", new Repository.Source.Hosted(), "main"))).repository();
        workflows.put(".github/workflows/pipeline.yml", PIPELINE);
        secrets = RepositorySecrets.of(db, dir);
        startCoordinator();
    }

    @AfterEach
    void close() {
        assertThat(log.toString()).isEmpty();
        coordinator.close();
        db.close();
    }

    @Test
    void a_push_runs_the_job_graph_to_success() {
        RunId run = push();

        Job build = take("build");
        assertThat(build.runsOn()).containsExactly("ubuntu-latest");
        assertThat(coordinator.spec(build.id())).hasValueSatisfying(spec -> {
            assertThat(spec.workflowText()).isEqualTo(PIPELINE);
            assertThat(spec.headSha()).isEqualTo(SHA);
            assertThat(spec.ref()).isEqualTo("refs/heads/main");
            assertThat(spec.repository().cloneUrl()).isEqualTo("http://git.test/acme/shop.git");
        });
        finish(build, Conclusion.SUCCESS, Map.of("version", "1.2"));

        Job linux = take("test[0]");
        Job windows = take("test[1]");
        assertThat(linux.runsOn()).containsExactly("self-hosted", "linux");
        assertThat(windows.runsOn()).containsExactly("self-hosted", "windows");
        assertThat(coordinator.spec(linux.id()).orElseThrow().schedulerContexts().toString())
                .contains("\"version\":\"1.2\"", "\"os\":\"linux\"");
        finish(linux, Conclusion.SUCCESS, Map.of());
        finish(windows, new Conclusion.Failure("exit 1"), Map.of());

        finish(take("report"), Conclusion.SUCCESS, Map.of());
        Run done = awaitCompleted(run);
        assertThat(done.conclusion().orElseThrow()).isInstanceOf(Conclusion.Failure.class);
        assertThat(log.toString()).isEmpty();
    }

    @Test
    void a_restarted_coordinator_carries_on_without_starting_a_job_twice() {
        RunId run = push();
        Job build = take("build");
        coordinator.close();
        finish(build, Conclusion.SUCCESS, Map.of());   // the agent reports while the server is down

        startCoordinator();
        Job linux = take("test[0]");
        Job windows = take("test[1]");
        coordinator.close();
        startCoordinator();
        finish(linux, Conclusion.SUCCESS, Map.of());
        finish(windows, Conclusion.SUCCESS, Map.of());
        finish(take("report"), Conclusion.SUCCESS, Map.of());

        assertThat(awaitCompleted(run).conclusion()).contains(Conclusion.SUCCESS);
        assertThat(new RunStore(db).jobs(run)).extracting(Job::key)
                .containsExactly("build", "test[0]", "test[1]", "report");
    }

    @Test
    void cancelling_concludes_waiting_jobs_and_asks_agents_to_stop_running_ones() {
        RunId run = push();
        Job build = take("build");

        assertThat(control().cancel(run, "ada")).isInstanceOf(RunControl.Outcome.Done.class);
        await(() -> coordinator.cancelRequested(build.id()));
        finish(build, new Conclusion.Cancelled("stopped"), Map.of());
        finish(take("report"), Conclusion.SUCCESS, Map.of());   // if: always() runs even in a cancelled run

        Run done = awaitCompleted(run);
        assertThat(done.conclusion().orElseThrow()).isInstanceOf(Conclusion.Cancelled.class);
        assertThat(new RunStore(db).jobs(run)).allMatch(j -> j.status() == Status.COMPLETED);
        assertThat(control().cancel(run, "ada")).isInstanceOf(RunControl.Outcome.Refused.class);
        var records = new dev.gantry.server.store.AuditStore(db).query(
                dev.gantry.server.store.AuditQuery.all(100)).records();
        assertThat(records).filteredOn(r -> r.subject().equals("run:" + run.value()))
                .extracting(r -> r.action(), r -> r.actor())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("run.triggered", "gantry"),
                        org.assertj.core.groups.Tuple.tuple("run.cancelled", "ada"));
        assertThat(dev.gantry.server.audit.AuditChain.verify(db))
                .isInstanceOf(dev.gantry.server.audit.Verification.Intact.class);
    }

    @Test
    void rerunning_failed_jobs_keeps_the_jobs_that_succeeded() {
        RunId run = push();
        finish(take("build"), Conclusion.SUCCESS, Map.of("version", "1"));
        finish(take("test[0]"), Conclusion.SUCCESS, Map.of());
        finish(take("test[1]"), new Conclusion.Failure("exit 1"), Map.of());
        finish(take("report"), Conclusion.SUCCESS, Map.of());
        awaitCompleted(run);

        assertThat(control().rerun(run, new RunControl.RerunScope.Failed(), "ada"))
                .isInstanceOf(RunControl.Outcome.Done.class);
        Job again = take("test[1]");
        assertThat(again.runAttempt()).isEqualTo(2);
        assertThat(coordinator.spec(again.id()).orElseThrow().schedulerContexts().toString()).contains("\"1\"");
        finish(again, Conclusion.SUCCESS, Map.of());
        finish(take("report"), Conclusion.SUCCESS, Map.of());

        Run done = awaitCompleted(run);
        assertThat(done.runAttempt()).isEqualTo(2);
        assertThat(done.conclusion()).contains(Conclusion.SUCCESS);
        assertThat(new RunStore(db).jobs(run)).extracting(Job::key)
                .containsExactlyInAnyOrder("build", "test[0]", "test[1]", "report");
    }

    @Test
    void an_invalid_workflow_is_a_failed_run_with_its_diagnostics() {
        workflows.put(".github/workflows/broken.yml", "on: push\njobs:\n  a:\n    runs-on: x\n    steps: 3\n");
        EventSink.Received received = intake.receive(repository, pushEvent(), Optional.empty());

        assertThat(received.runs()).hasSize(2);
        Run broken = received.runs().stream().map(id -> new RunStore(db).find(id).orElseThrow())
                .filter(r -> r.workflowPath().endsWith("broken.yml")).findFirst().orElseThrow();
        assertThat(broken.status()).isEqualTo(Status.COMPLETED);
        assertThat(broken.diagnostics()).singleElement().asString().startsWith(".github/workflows/broken.yml:5:");
    }

    @Test
    void a_dispatch_needs_the_trigger_and_a_known_ref() {
        assertThat(control().dispatch(repository, "pipeline.yml", "main", Map.of(), "ada"))
                .isInstanceOf(RunControl.Outcome.Refused.class);
        assertThat(control().dispatch(repository, "pipeline.yml", "nope", Map.of(), "ada"))
                .isInstanceOf(RunControl.Outcome.NotFound.class);
        workflows.put(".github/workflows/deploy.yml", """
                on:
                  workflow_dispatch:
                    inputs:
                      target: {type: string, default: staging}
                jobs:
                  deploy:
                    runs-on: ubuntu-latest
                    steps:
                      - run: echo ${{ inputs.target }}
                """);

        assertThat(control().dispatch(repository, "deploy.yml", "main", Map.of("target", "prod", "extra", "x"),
                "ada")).isInstanceOfSatisfying(RunControl.Outcome.Refused.class, refused -> {
                    assertThat(refused.status()).isEqualTo(422);
                    assertThat(refused.message()).contains("extra");
                });
        var outcome = control().dispatch(repository, "deploy.yml", "main", Map.of("target", "prod"), "ada");

        assertThat(outcome).isInstanceOf(RunControl.Outcome.Done.class);
        Job deploy = take("deploy");
        var spec = coordinator.spec(deploy.id()).orElseThrow();
        assertThat(spec.eventName()).isEqualTo("workflow_dispatch");
        assertThat(spec.inputs()).containsEntry("target", "prod");
        assertThat(spec.ref()).isEqualTo("refs/heads/main");
    }

    @Test
    void a_concurrency_group_runs_one_run_at_a_time_and_the_newest_waiting_run_replaces_the_older() {
        workflows.clear();
        workflows.put(".github/workflows/deploy.yml", """
                on: push
                run-name: Deploy ${{ github.ref_name }}
                concurrency: deploy-${{ github.ref }}
                jobs:
                  deploy:
                    runs-on: ubuntu-latest
                    steps:
                      - run: echo deploy
                """);
        RunId first = push();
        Job deploying = take("deploy");
        RunId second = push();
        RunId third = push();

        Run replaced = awaitCompleted(second);
        assertThat(replaced.conclusion().orElseThrow()).isInstanceOf(Conclusion.Cancelled.class);
        assertThat(new JobQueue(db).waiting()).isEmpty();
        finish(deploying, Conclusion.SUCCESS, Map.of());
        assertThat(awaitCompleted(first).conclusion()).contains(Conclusion.SUCCESS);
        Job next = take("deploy");
        assertThat(next.run()).isEqualTo(third);
        finish(next, Conclusion.SUCCESS, Map.of());
        assertThat(awaitCompleted(third).conclusion()).contains(Conclusion.SUCCESS);
        assertThat(new dev.gantry.server.store.RunLedger(db).source(first).orElseThrow().title())
                .isEqualTo("Deploy main");
    }

    @Test
    void cancel_in_progress_stops_the_running_run_for_the_newer_one() {
        workflows.clear();
        workflows.put(".github/workflows/pr.yml", """
                on: push
                concurrency:
                  group: pr-${{ github.ref }}
                  cancel-in-progress: true
                jobs:
                  check:
                    runs-on: ubuntu-latest
                    steps:
                      - run: echo check
                """);
        RunId first = push();
        Job checking = take("check");
        RunId second = push();

        await(() -> coordinator.cancelRequested(checking.id()));
        finish(checking, new Conclusion.Cancelled("stopped"), Map.of());
        assertThat(awaitCompleted(first).conclusion().orElseThrow()).isInstanceOf(Conclusion.Cancelled.class);
        Job next = take("check");
        assertThat(next.run()).isEqualTo(second);
    }

    @Test
    void a_completed_run_triggers_the_workflows_listening_for_it() {
        workflows.put(".github/workflows/after.yml", """
                on:
                  workflow_run:
                    workflows: [pipeline]
                    types: [completed]
                    branches: [main]
                jobs:
                  notify:
                    runs-on: ubuntu-latest
                    steps:
                      - run: echo ${{ github.event.workflow_run.conclusion }}
                """);
        RunId run = push();
        finish(take("build"), Conclusion.SUCCESS, Map.of());
        finish(take("test[0]"), Conclusion.SUCCESS, Map.of());
        finish(take("test[1]"), Conclusion.SUCCESS, Map.of());
        finish(take("report"), Conclusion.SUCCESS, Map.of());
        awaitCompleted(run);

        Job notify = take("notify");
        var spec = coordinator.spec(notify.id()).orElseThrow();
        assertThat(spec.eventName()).isEqualTo("workflow_run");
        assertThat(spec.eventPayload().path("action").asText()).isEqualTo("completed");
        assertThat(spec.eventPayload().path("workflow_run").path("conclusion").asText()).isEqualTo("success");
        assertThat(spec.eventPayload().path("workflow_run").path("id").asLong()).isEqualTo(run.value());
        assertThat(spec.headSha()).isEqualTo(SHA);
        finish(notify, Conclusion.SUCCESS, Map.of());
    }

    @Test
    void a_job_concurrency_group_is_shared_by_the_runs_of_a_repository() {
        workflows.clear();
        workflows.put(".github/workflows/release.yml", """
                on: push
                jobs:
                  build:
                    runs-on: [ubuntu-latest, "run-${{ github.run_number }}"]
                    steps:
                      - run: echo build
                  deploy:
                    needs: build
                    runs-on: [ubuntu-latest, "run-${{ github.run_number }}"]
                    concurrency: production
                    steps:
                      - run: echo deploy
                """);
        RunId first = push();
        RunId second = push();
        RunId third = push();
        finish(take("build", first), Conclusion.SUCCESS, Map.of());
        Job deploying = take("deploy", first);
        finish(take("build", second), Conclusion.SUCCESS, Map.of());
        finish(take("build", third), Conclusion.SUCCESS, Map.of());

        Run replaced = awaitCompleted(second);
        assertThat(replaced.conclusion().orElseThrow()).isInstanceOf(Conclusion.Cancelled.class);
        assertThat(new RunStore(db).jobs(second)).filteredOn(j -> j.key().equals("deploy")).singleElement()
                .satisfies(j -> assertThat(j.conclusion().orElseThrow()).isInstanceOf(Conclusion.Cancelled.class));
        assertThat(new JobQueue(db).waiting()).isEmpty();
        finish(deploying, Conclusion.SUCCESS, Map.of());
        finish(take("deploy", third), Conclusion.SUCCESS, Map.of());
        assertThat(awaitCompleted(third).conclusion()).contains(Conclusion.SUCCESS);
        assertThat(awaitCompleted(first).conclusion()).contains(Conclusion.SUCCESS);
    }

    private static final String DEPLOY = """
            on: push
            jobs:
              deploy:
                runs-on: ubuntu-latest
                steps:
                  - run: ./deploy --token "${{ secrets.deploy_token }}"
            """;

    @Test
    void a_job_gets_the_secrets_its_workflow_refers_to_when_an_agent_takes_it_and_no_others() throws Exception {
        secrets.put(repository.id(), SecretName.of("DEPLOY_TOKEN"), "t0ken");
        secrets.put(repository.id(), SecretName.of("UNUSED"), "unused");
        workflows.put(".github/workflows/deploy.yml", DEPLOY);
        assertThat(intake.receive(repository, pushEvent(), Optional.empty()).runs()).hasSize(2);

        Job deploy = take("deploy");
        assertThat(coordinator.spec(deploy.id()).orElseThrow().secrets()).isEqualTo(Map.of("DEPLOY_TOKEN", "t0ken"));
        assertThat(new RunLedger(db).spec(deploy.id()).orElseThrow()).doesNotContain("t0ken");
        secrets.put(repository.id(), SecretName.of("DEPLOY_TOKEN"), "rotated");
        assertThat(coordinator.spec(deploy.id()).orElseThrow().secrets()).isEqualTo(Map.of("DEPLOY_TOKEN", "rotated"));

        Job build = take("build");
        assertThat(coordinator.spec(build.id()).orElseThrow().secrets()).isEmpty();
        finish(deploy, Conclusion.SUCCESS, Map.of());
        finish(build, Conclusion.SUCCESS, Map.of());
    }

    @Test
    void a_job_whose_secrets_cannot_be_decrypted_fails_with_a_reason_naming_the_key_file() throws Exception {
        secrets.put(repository.id(), SecretName.of("DEPLOY_TOKEN"), "t0ken");
        java.nio.file.Files.delete(dir.resolve("keys/secrets.key"));
        coordinator.close();
        secrets = RepositorySecrets.of(db, dir);
        startCoordinator();
        workflows.clear();
        workflows.put(".github/workflows/deploy.yml", DEPLOY);
        RunId run = push();

        Job deploy = take("deploy");
        assertThat(coordinator.spec(deploy.id())).isEmpty();
        Run done = awaitCompleted(run);
        assertThat(done.conclusion().orElseThrow()).isInstanceOf(Conclusion.Failure.class);
        Job failed = new JobStore(db).find(deploy.id()).orElseThrow();
        assertThat(((Conclusion.Failure) failed.conclusion().orElseThrow()).reason())
                .startsWith("the secrets of acme/shop cannot be read: The secrets key file ")
                .contains("keys", "secrets.key is missing");
    }

    private ServerRunControl control() {
        return new ServerRunControl(coordinator, intake, content(), () -> "http://gantry.test",
                new dev.gantry.server.audit.AuditLog(db));
    }

    private void startCoordinator() {
        coordinator = new RunCoordinator(db, signal, r -> "http://git.test/" + r.fullName() + ".git",
                () -> "http://gantry.test", secrets, new PrintWriter(log, true));
        coordinator.start();
        intake = new RunIntake(db, content(), coordinator, new dev.gantry.server.audit.AuditLog(db));
        var chains = new dev.gantry.server.trigger.WorkflowRunChains(db, intake, content(), () -> "http://gantry.test",
                new PrintWriter(log, true));
        coordinator.onRunFinished(chains::completed);
        intake.onRunCreated(chains::requested);
    }

    private RepositoryContent content() {
        return new RepositoryContent() {
            @Override
            public Listing workflows(Repository repository, String sha) {
                return new Listing.Files(workflows.entrySet().stream()
                        .map(e -> new WorkflowFile(e.getKey(), Optional.of(e.getValue()))).toList());
            }

            @Override
            public Optional<String> resolve(Repository repository, String ref) {
                return Set.of("main", "refs/heads/main").contains(ref) ? Optional.of(SHA) : Optional.empty();
            }

            @Override
            public String cloneUrl(Repository repository) {
                return "http://git.test/" + repository.fullName() + ".git";
            }
        };
    }

    private RunId push() {
        EventSink.Received received = intake.receive(repository, pushEvent(), Optional.empty());
        assertThat(received.runs()).hasSize(1);
        return received.runs().get(0);
    }

    private Event pushEvent() {
        var payload = new Value.Obj(Map.of("ref", new Value.Str("refs/heads/main"), "after", new Value.Str(SHA),
                "before", new Value.Str("0".repeat(40))));
        return new EventBuilder(new PinnedRevision("shop", SHA, "refs/heads/main", "main"))
                .build("push", payload, Map.of());
    }

    /**
     * Claims the job with this key as an agent serving exactly its labels would, waiting for it to be queued (the
     * oldest job those labels admit is claimed: tests with several runs give each run its own label).
     */
    private Job take(String key) {
        return take(key, null);
    }

    /** The same, of one run ({@code null}: any). */
    private Job take(String key, RunId run) {
        JobQueue queue = new JobQueue(db);
        return await(() -> queue.waiting().stream().filter(j -> j.key().equals(key))
                .filter(j -> run == null || j.run().equals(run)).findFirst()
                .flatMap(j -> queue.claim("agent-1", Set.copyOf(j.runsOn()), Duration.ofMinutes(1)))
                .map(JobQueue.Claim::job).orElse(null));
    }

    private void finish(Job job, Conclusion conclusion, Map<String, String> outputs) {
        long token = new JobStore(db).find(job.id()).orElseThrow().lease().orElseThrow().fencingToken();
        assertThat(new JobStore(db).complete(job.id(), token, conclusion, outputs))
                .isInstanceOf(JobStore.Change.Changed.class);
        coordinator.completed(job.id());
    }

    private Run awaitCompleted(RunId id) {
        return await(() -> new RunStore(db).find(id).filter(r -> r.status() == Status.COMPLETED).orElse(null));
    }

    private static <T> T await(Supplier<T> condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            T value = condition.get();
            if (value != null && !Boolean.FALSE.equals(value)) {
                return value;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("timed out waiting");
    }

    private static void await(java.util.function.BooleanSupplier condition) {
        await(() -> condition.getAsBoolean() ? Boolean.TRUE : null);
    }
}
