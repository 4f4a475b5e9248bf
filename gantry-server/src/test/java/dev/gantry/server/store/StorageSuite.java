package dev.gantry.server.store;

import dev.gantry.engine.exec.Conclusion;
import dev.gantry.engine.exec.StepStatus;
import dev.gantry.server.store.Ids.JobId;
import dev.gantry.server.store.Ids.RepositoryId;
import dev.gantry.server.store.Ids.RunId;
import dev.gantry.server.store.Ids.ScheduleId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The storage contract, run on every database Gantry supports (one subclass per database): each store, the
 * concurrent claim, lease expiry, logs, duplicates, reopening a migrated database, and unknown ids.
 */
abstract class StorageSuite {

    private static final Set<String> LINUX = Set.of("self-hosted", "linux", "ubuntu-latest");

    final TestClock clock = new TestClock();
    StoreLocation location;
    Database db;
    RepositoryStore repositories;
    RunStore runs;
    JobStore jobs;
    JobQueue queue;
    StepStore steps;
    LogStore logs;
    private RepositoryId shop;

    abstract StoreLocation freshLocation() throws Exception;

    @BeforeEach
    void open() throws Exception {
        location = freshLocation();
        useDatabase(Database.open(location, clock));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void useDatabase(Database database) {
        db = database;
        repositories = new RepositoryStore(db);
        runs = new RunStore(db);
        jobs = new JobStore(db);
        queue = new JobQueue(db);
        steps = new StepStore(db);
        logs = new LogStore(db);
    }

    // --- repositories -------------------------------------------------------------------------------------

    @Test
    void repositoriesAreCreatedOnceAndFoundByNameAndId() {
        var hosted = repositories.create(new NewRepository("acme", "shop", new Repository.Source.Hosted(), "main"));
        var remote = repositories.create(new NewRepository("acme", "api",
                new Repository.Source.Remote("https://git.example/acme/api.git"), "trunk"));
        var again = repositories.create(new NewRepository("acme", "shop", new Repository.Source.Hosted(), "dev"));

        Repository shop = ((RepositoryStore.Creation.Created) hosted).repository();
        assertThat(remote).isInstanceOf(RepositoryStore.Creation.Created.class);
        assertThat(again).isEqualTo(new RepositoryStore.Creation.AlreadyExists(shop));
        assertThat(shop.fullName()).isEqualTo("acme/shop");
        assertThat(shop.createdAt()).isEqualTo(clock.instant());
        assertThat(repositories.find("acme", "shop")).contains(shop);
        assertThat(repositories.find(shop.id())).contains(shop);
        assertThat(repositories.list()).extracting(Repository::name).containsExactly("api", "shop");
        assertThat(repositories.find("acme", "api").orElseThrow().source())
                .isEqualTo(new Repository.Source.Remote("https://git.example/acme/api.git"));
    }

    @Test
    void invalidRepositoryNamesAreRefusedWithTheirName() {
        assertThatThrownBy(() -> new NewRepository("acme", "../etc", new Repository.Source.Hosted(), "main"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"../etc\"");
        assertThatThrownBy(() -> new NewRepository("", "x", new Repository.Source.Hosted(), "main"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("owner");
    }

    // --- runs and jobs ------------------------------------------------------------------------------------

    @Test
    void runsAreNumberedPerWorkflowAndListedNewestFirst() {
        RepositoryId repo = repository("shop");
        RepositoryId other = repository("api");
        Run ci1 = createRun(repo, ".github/workflows/ci.yml", List.of(job("build")));
        Run ci2 = createRun(repo, ".github/workflows/ci.yml", List.of());
        Run deploy1 = createRun(repo, ".github/workflows/deploy.yml", List.of());
        Run api1 = createRun(other, ".github/workflows/ci.yml", List.of());

        assertThat(List.of(ci1, ci2, deploy1, api1)).extracting(Run::runNumber).containsExactly(1L, 2L, 1L, 1L);
        assertThat(ci1.runAttempt()).isEqualTo(1);
        assertThat(ci1.status()).isEqualTo(Status.QUEUED);
        assertThat(ci1.headBranch()).contains("main");
        assertThat(runs.find(ci1.id())).contains(ci1);
        assertThat(runs.list(new RunQuery(Optional.of(repo), Optional.empty(), 10)))
                .extracting(Run::id).containsExactly(deploy1.id(), ci2.id(), ci1.id());
        assertThat(runs.list(RunQuery.latest(2))).extracting(Run::id).containsExactly(api1.id(), deploy1.id());
        runs.start(ci2.id());
        assertThat(runs.list(new RunQuery(Optional.empty(), Optional.of(Status.IN_PROGRESS), 10)))
                .extracting(Run::id).containsExactly(ci2.id());
    }

    @Test
    void runListingsAreFilteredCountedAndPagedByTheDatabase() {
        RepositoryId repo = repository("shop");
        Run ci1 = createRun(repo, ".github/workflows/ci.yml", List.of());
        Run ci2 = createRun(repo, ".github/workflows/ci.yml", List.of());
        Run deploy = createRun(repo, ".github/workflows/deploy.yml", List.of());
        runs.complete(ci1.id(), Conclusion.SUCCESS);
        runs.complete(ci2.id(), new Conclusion.Failure("exit 1"));
        RunQuery failed = new RunQuery(Optional.of(repo), Optional.of(Status.COMPLETED), Optional.of("failure"),
                Optional.of("main"), Optional.of(ci2.event()), Optional.of(ci2.actor()), Optional.of(ci2.headSha()), 0, 10);

        assertThat(runs.list(failed)).extracting(Run::id).containsExactly(ci2.id());
        assertThat(runs.count(failed)).isEqualTo(1);
        RunQuery secondPage = new RunQuery(Optional.of(repo), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), 1, 1);
        assertThat(runs.list(secondPage)).extracting(Run::id).containsExactly(ci2.id());
        assertThat(runs.count(secondPage)).isEqualTo(3);
        assertThat(runs.count(new RunQuery(Optional.of(repo), Optional.empty(), Optional.empty(), Optional.of("other"),
                Optional.empty(), Optional.empty(), Optional.empty(), 0, 10))).isZero();
        assertThat(runs.workflowPaths(repo)).containsExactly(".github/workflows/ci.yml", ".github/workflows/deploy.yml");
        assertThat(deploy.status()).isEqualTo(Status.QUEUED);
    }

    @Test
    void concurrentRunCreationNeverRepeatsANumber() throws Exception {
        RepositoryId repo = repository("shop");
        List<Long> numbers = race(4, 5, i -> createRun(repo, "ci.yml", List.of()).runNumber());
        assertThat(numbers).hasSize(20).doesNotHaveDuplicates();
        assertThat(new HashSet<>(numbers)).isEqualTo(Set.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L,
                14L, 15L, 16L, 17L, 18L, 19L, 20L));
    }

    @Test
    void jobsAreStoredWithTheirRunAndNeedsAndLabels() {
        RepositoryId repo = repository("shop");
        var created = (RunStore.Creation.Created) runs.create(newRun(repo, "ci.yml"), List.of(
                job("build"), new NewRun.Job("test[1]", "test (node 20)", List.of("build"), List.of("linux", "x64"))));

        assertThat(created.jobs()).extracting(Job::key).containsExactly("build", "test[1]");
        Job test = created.jobs().get(1);
        assertThat(test.name()).isEqualTo("test (node 20)");
        assertThat(test.needs()).containsExactly("build");
        assertThat(test.runsOn()).containsExactly("linux", "x64");
        assertThat(test.outputs()).isEmpty();
        assertThat(test.status()).isEqualTo(Status.QUEUED);
        assertThat(test.lease()).isEmpty();
        assertThat(jobs.find(test.id())).contains(test);
        assertThat(runs.jobs(created.run().id())).isEqualTo(created.jobs());
    }

    @Test
    void aRunStartsCompletesOnceAndIsRerunAsANewAttempt() {
        RepositoryId repo = repository("shop");
        Run run = createRun(repo, "ci.yml", List.of(job("build")));
        clock.advance(Duration.ofSeconds(3));

        Run started = ((RunStore.Change.Changed) runs.start(run.id())).run();
        assertThat(started.status()).isEqualTo(Status.IN_PROGRESS);
        assertThat(started.startedAt()).contains(clock.instant());
        assertThat(runs.rerun(run.id(), List.of(job("build")))).isEqualTo(new RunStore.Creation.NotCompleted(started));

        var done = (RunStore.Change.Changed) runs.complete(run.id(), new Conclusion.Failure("failed: build"));
        assertThat(done.run().conclusion()).contains(new Conclusion.Failure("failed: build"));
        assertThat(done.run().completedAt()).contains(clock.instant());
        assertThat(runs.complete(run.id(), Conclusion.SUCCESS)).isEqualTo(new RunStore.Change.AlreadyCompleted(done.run()));
        assertThat(runs.start(run.id())).isInstanceOf(RunStore.Change.AlreadyCompleted.class);

        var rerun = (RunStore.Creation.Created) runs.rerun(run.id(), List.of(job("build")));
        assertThat(rerun.run().runAttempt()).isEqualTo(2);
        assertThat(rerun.run().runNumber()).isEqualTo(1);
        assertThat(rerun.run().status()).isEqualTo(Status.QUEUED);
        assertThat(rerun.run().conclusion()).isEmpty();
        assertThat(rerun.jobs()).singleElement().satisfies(j -> assertThat(j.runAttempt()).isEqualTo(2));
        assertThat(runs.jobs(run.id())).isEqualTo(rerun.jobs());
    }

    @Test
    void aWorkflowThatCannotRunIsStoredAsAFailedRunWithItsDiagnostics() {
        RepositoryId repo = repository("shop");
        List<String> diagnostics = List.of("ci.yml:3:5: job \"a\" needs unknown job \"b\" [needs]");
        var created = (RunStore.Creation.Created) runs.createConcluded(newRun(repo, "ci.yml"),
                new Conclusion.Failure("invalid workflow"), diagnostics);

        Run run = runs.find(created.run().id()).orElseThrow();
        assertThat(run.status()).isEqualTo(Status.COMPLETED);
        assertThat(run.conclusion()).contains(new Conclusion.Failure("invalid workflow"));
        assertThat(run.diagnostics()).isEqualTo(diagnostics);
        assertThat(runs.jobs(run.id())).isEmpty();
    }

    @Test
    void stepsAreRecordedAndUpdatedInPlace() {
        Job job = queuedJob(List.of());
        Instant t0 = clock.instant();
        assertThat(steps.record(new Step(job.id(), 1, "Set up job", Status.COMPLETED, Optional.of(StepStatus.SUCCESS),
                Optional.of(t0), Optional.of(t0)))).isTrue();
        steps.record(new Step(job.id(), 2, "Run make", Status.IN_PROGRESS, Optional.empty(), Optional.of(t0), Optional.empty()));
        steps.record(new Step(job.id(), 2, "Run make", Status.COMPLETED, Optional.of(StepStatus.FAILURE),
                Optional.of(t0), Optional.of(t0.plusSeconds(4))));

        assertThat(steps.of(job.id())).extracting(Step::number, Step::status, Step::conclusion).containsExactly(
                tuple(1, Status.COMPLETED, Optional.of(StepStatus.SUCCESS)),
                tuple(2, Status.COMPLETED, Optional.of(StepStatus.FAILURE)));
        assertThat(steps.of(job.id()).get(1).completedAt()).contains(t0.plusSeconds(4));
    }

    // --- the queue ----------------------------------------------------------------------------------------

    @Test
    void anAgentClaimsTheOldestJobWhoseLabelsItServes() {
        Job gpu = queuedJob(List.of("self-hosted", "gpu"));
        Job first = queuedJob(List.of("ubuntu-latest"));
        Job second = queuedJob(List.of("linux"));
        assertThat(queue.enqueue(gpu.id())).isInstanceOf(JobQueue.Entry.Enqueued.class);
        queue.enqueue(first.id());
        queue.enqueue(second.id());
        assertThat(queue.enqueue(first.id())).isInstanceOf(JobQueue.Entry.NotQueued.class);

        JobQueue.Claim claim = queue.claim("agent-1", LINUX, Duration.ofSeconds(30)).orElseThrow();
        assertThat(claim.job().id()).isEqualTo(first.id());
        assertThat(claim.job().status()).isEqualTo(Status.IN_PROGRESS);
        assertThat(claim.job().startedAt()).contains(clock.instant());
        assertThat(claim.lease()).isEqualTo(new Lease(first.id(), "agent-1", claim.lease().fencingToken(),
                clock.instant().plusSeconds(30)));
        assertThat(queue.claim("agent-2", LINUX, Duration.ofSeconds(30)).orElseThrow().job().id()).isEqualTo(second.id());
        assertThat(queue.claim("agent-3", LINUX, Duration.ofSeconds(30))).isEmpty();
        assertThat(queue.waiting()).extracting(Job::id).containsExactly(gpu.id());
        assertThat(queue.claim("gpu-box", Set.of("self-hosted", "gpu", "linux"), Duration.ofSeconds(30)))
                .map(c -> c.job().id()).contains(gpu.id());
        assertThat(queue.claim("none", Set.of(), Duration.ofSeconds(30))).isEmpty();
    }

    @Test
    void agentsRacingToClaimGetEachJobOnceWithIncreasingFencingTokens() throws Exception {
        int jobCount = 40;
        for (int i = 0; i < jobCount; i++) {
            queue.enqueue(queuedJob(List.of("linux")).id());
        }
        ConcurrentLinkedQueue<JobQueue.Claim> claims = new ConcurrentLinkedQueue<>();
        List<List<Long>> tokensPerAgent = race(6, 1, agent -> {
            List<Long> tokens = new ArrayList<>();
            Optional<JobQueue.Claim> claim;
            while ((claim = queue.claim("agent-" + agent, LINUX, Duration.ofMinutes(1))).isPresent()) {
                claims.add(claim.get());
                tokens.add(claim.get().lease().fencingToken());
            }
            return tokens;
        });

        assertThat(claims).extracting(c -> c.job().id()).hasSize(jobCount).doesNotHaveDuplicates();
        assertThat(claims).extracting(c -> c.lease().fencingToken()).doesNotHaveDuplicates();
        tokensPerAgent.forEach(tokens -> assertThat(tokens).isSorted());
        for (JobQueue.Claim claim : claims) {
            assertThat(jobs.find(claim.job().id()).orElseThrow().lease()).contains(claim.lease());
        }
        long highest = claims.stream().mapToLong(c -> c.lease().fencingToken()).max().orElseThrow();
        Job late = queuedJob(List.of("linux"));
        queue.enqueue(late.id());
        assertThat(queue.claim("late", LINUX, Duration.ofMinutes(1)).orElseThrow().lease().fencingToken())
                .isGreaterThan(highest);
    }

    @Test
    void onlyTheCurrentLeaseCanCompleteAJob() {
        Job job = enqueued(List.of("linux"));
        JobQueue.Claim claim = queue.claim("agent-1", LINUX, Duration.ofSeconds(30)).orElseThrow();
        long token = claim.lease().fencingToken();

        assertThat(jobs.complete(job.id(), token + 1, Conclusion.SUCCESS, Map.of()))
                .isInstanceOf(JobStore.Change.StaleLease.class);
        var done = (JobStore.Change.Changed) jobs.complete(job.id(), token, Conclusion.SUCCESS, Map.of("version", "1.2.3"));
        assertThat(done.job().status()).isEqualTo(Status.COMPLETED);
        assertThat(done.job().conclusion()).contains(Conclusion.SUCCESS);
        assertThat(done.job().outputs()).isEqualTo(Map.of("version", "1.2.3"));
        assertThat(done.job().lease()).isEmpty();
        assertThat(jobs.complete(job.id(), token, new Conclusion.Failure("late"), Map.of()))
                .isEqualTo(new JobStore.Change.AlreadyCompleted(done.job()));
        assertThat(queue.renew(job.id(), token, Duration.ofSeconds(30))).isEqualTo(new JobQueue.LeaseChange.Lost());
        assertThat(queue.claim("agent-2", LINUX, Duration.ofSeconds(30))).isEmpty();
    }

    @Test
    void expiredLeasesAreRequeuedAndTheOldHolderIsFencedOff() {
        Job job = enqueued(List.of("linux"));
        Lease first = queue.claim("agent-1", LINUX, Duration.ofSeconds(30)).orElseThrow().lease();
        clock.advance(Duration.ofSeconds(20));
        var renewed = (JobQueue.LeaseChange.Renewed) queue.renew(job.id(), first.fencingToken(), Duration.ofSeconds(30));
        assertThat(renewed.lease().expiresAt()).isEqualTo(clock.instant().plusSeconds(30));
        clock.advance(Duration.ofSeconds(29));
        assertThat(queue.expire(new JobQueue.Revocation.Requeue())).isEmpty();

        clock.advance(Duration.ofSeconds(2));
        List<JobQueue.Revoked> revoked = queue.expire(new JobQueue.Revocation.Requeue());
        assertThat(revoked).singleElement().satisfies(r -> {
            assertThat(r.lease()).isEqualTo(renewed.lease());
            assertThat(r.job().status()).isEqualTo(Status.QUEUED);
            assertThat(r.job().lease()).isEmpty();
        });
        assertThat(queue.waiting()).extracting(Job::id).containsExactly(job.id());
        assertThat(queue.renew(job.id(), first.fencingToken(), Duration.ofSeconds(30))).isEqualTo(new JobQueue.LeaseChange.Lost());

        Lease second = queue.claim("agent-2", LINUX, Duration.ofSeconds(30)).orElseThrow().lease();
        assertThat(second.fencingToken()).isGreaterThan(first.fencingToken());
        assertThat(jobs.complete(job.id(), first.fencingToken(), Conclusion.SUCCESS, Map.of()))
                .isInstanceOf(JobStore.Change.StaleLease.class);
        assertThat(jobs.complete(job.id(), second.fencingToken(), Conclusion.SUCCESS, Map.of()))
                .isInstanceOf(JobStore.Change.Changed.class);
    }

    @Test
    void expiredOrOrphanedLeasesCanFailTheirJobsWithAReason() {
        Job lost = enqueued(List.of("linux"));
        queue.claim("remote", LINUX, Duration.ofSeconds(30)).orElseThrow();
        Job builtin = enqueued(List.of("linux"));
        queue.claim("built-in", LINUX, Duration.ofHours(1)).orElseThrow();
        clock.advance(Duration.ofSeconds(35));

        assertThat(queue.expire(new JobQueue.Revocation.Fail("agent lost"))).singleElement()
                .satisfies(r -> assertThat(r.job().id()).isEqualTo(lost.id()));
        assertThat(jobs.find(lost.id()).orElseThrow().conclusion()).contains(new Conclusion.Failure("agent lost"));
        assertThat(queue.revokeHeldBy("built-in", new JobQueue.Revocation.Fail("server restarted")))
                .extracting(r -> r.job().conclusion()).containsExactly(Optional.of(new Conclusion.Failure("server restarted")));
        assertThat(jobs.find(builtin.id()).orElseThrow().status()).isEqualTo(Status.COMPLETED);
        assertThat(queue.waiting()).isEmpty();
    }

    @Test
    void aReleasedJobWaitsAgainInItsOldPlace() {
        Job first = enqueued(List.of("linux"));
        Job later = enqueued(List.of("linux"));
        Lease lease = queue.claim("agent-1", LINUX, Duration.ofSeconds(30)).orElseThrow().lease();
        assertThat(queue.release(first.id(), lease.fencingToken())).isInstanceOf(JobQueue.LeaseChange.Released.class);
        assertThat(queue.release(first.id(), lease.fencingToken())).isEqualTo(new JobQueue.LeaseChange.Lost());
        assertThat(queue.waiting()).extracting(Job::id).containsExactly(first.id(), later.id());
        assertThat(queue.claim("agent-2", LINUX, Duration.ofSeconds(30)).orElseThrow().job().id()).isEqualTo(first.id());
    }

    @Test
    void aJobConcludedByTheServerLeavesTheQueue() {
        Job skipped = enqueued(List.of("linux"));
        var change = (JobStore.Change.Changed) jobs.conclude(skipped.id(), new Conclusion.Skipped("if: false"));
        assertThat(change.job().conclusion()).contains(new Conclusion.Skipped("if: false"));
        assertThat(queue.waiting()).isEmpty();
        assertThat(queue.enqueue(skipped.id())).isInstanceOf(JobQueue.Entry.NotQueued.class);
    }

    // --- logs ---------------------------------------------------------------------------------------------

    @Test
    void logChunksAreAppendedOnceInOrderAndReadFromAnyOffset() {
        Job job = queuedJob(List.of());
        assertThat(logs.append(job.id(), 0, bytes("line one\n"))).isEqualTo(new LogStore.Append.Appended(0, 9));
        assertThat(logs.append(job.id(), 1, bytes("line two\n"))).isEqualTo(new LogStore.Append.Appended(9, 9));
        assertThat(logs.append(job.id(), 1, bytes("line two\n"))).isEqualTo(new LogStore.Append.AlreadyStored());
        assertThat(logs.append(job.id(), 5, bytes("gap\n"))).isEqualTo(new LogStore.Append.OutOfOrder(2));
        logs.append(job.id(), 2, bytes("line three\n"));

        assertThat(logs.size(job.id())).isEqualTo(29);
        LogStore.Slice all = logs.read(job.id(), 0, 1 << 20);
        assertThat(text(all.data())).isEqualTo("line one\nline two\nline three\n");
        assertThat(all.nextOffset()).isEqualTo(29);
        LogStore.Slice tail = logs.read(job.id(), 14, 1 << 20);
        assertThat(text(tail.data())).isEqualTo("two\nline three\n");
        assertThat(tail.nextOffset()).isEqualTo(29);
        LogStore.Slice firstOnly = logs.read(job.id(), 0, 5);
        assertThat(text(firstOnly.data())).isEqualTo("line one\n");
        assertThat(firstOnly.nextOffset()).isEqualTo(9);
        assertThat(logs.read(job.id(), 29, 100)).satisfies(s -> {
            assertThat(s.data()).isEmpty();
            assertThat(s.nextOffset()).isEqualTo(29);
        });
    }

    @Test
    void binaryLogBytesSurviveAndOversizedChunksAreRefused() {
        Job job = queuedJob(List.of());
        byte[] raw = new byte[256];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = (byte) i;
        }
        logs.append(job.id(), 0, raw);
        assertThat(logs.read(job.id(), 0, 1024).data()).isEqualTo(raw);
        assertThat(logs.append(job.id(), 1, new byte[LogStore.MAX_CHUNK + 1]))
                .isEqualTo(new LogStore.Append.TooLarge(LogStore.MAX_CHUNK + 1));
    }

    @Test
    void retentionDeletesTheLogsOfJobsCompletedBeforeTheCutoff() {
        Job old = queuedJob(List.of());
        Job running = queuedJob(List.of());
        logs.append(old.id(), 0, bytes("old\n"));
        logs.append(running.id(), 0, bytes("live\n"));
        jobs.conclude(old.id(), Conclusion.SUCCESS);
        clock.advance(Duration.ofDays(31));

        assertThat(logs.deleteCompletedBefore(clock.instant().minus(Duration.ofDays(30)))).isEqualTo(1);
        assertThat(logs.exists(old.id())).isFalse();
        assertThat(text(logs.read(running.id(), 0, 100).data())).isEqualTo("live\n");
    }

    // --- schedules, deliveries, tokens, the state-change log ---------------------------------------------

    @Test
    void scheduleFiresAreRecordedOnceAndSurviveRedeclaration() {
        RepositoryId repo = repository("shop");
        assertThat(new ScheduleStore(db).declare(repo, "nightly.yml", List.of("0 3 * * *", "30 * * * *"))).isTrue();
        ScheduleStore schedules = new ScheduleStore(db);
        Schedule nightly = schedules.list().stream().filter(s -> s.cron().equals("0 3 * * *")).findFirst().orElseThrow();
        Instant due = Instant.parse("2026-03-01T03:00:00Z");

        assertThat(schedules.recordFire(nightly.id(), Optional.empty(), due)).isInstanceOf(ScheduleStore.Fire.Recorded.class);
        assertThat(schedules.recordFire(nightly.id(), Optional.empty(), due)).isInstanceOf(ScheduleStore.Fire.Conflict.class);
        Instant next = due.plus(Duration.ofDays(1));
        assertThat(schedules.recordFire(nightly.id(), Optional.of(due), next)).isInstanceOf(ScheduleStore.Fire.Recorded.class);

        schedules.declare(repo, "nightly.yml", List.of("0 3 * * *", "0 12 * * 1"));
        assertThat(schedules.list()).extracting(Schedule::cron, Schedule::lastFiredAt).containsExactlyInAnyOrder(
                tuple("0 3 * * *", Optional.of(next)),
                tuple("0 12 * * 1", Optional.empty()));
    }

    @Test
    void aDuplicateWebhookDeliveryIsDetected() {
        DeliveryStore deliveries = new DeliveryStore(db);
        Instant first = clock.instant();
        assertThat(deliveries.record("github", "72d3162e-cc78-11e3-81ab-4c9367dc0958", "push"))
                .isEqualTo(new DeliveryStore.Receipt.Recorded(first));
        clock.advance(Duration.ofSeconds(10));
        assertThat(deliveries.record("github", "72d3162e-cc78-11e3-81ab-4c9367dc0958", "push"))
                .isEqualTo(new DeliveryStore.Receipt.Duplicate(first));
        assertThat(deliveries.record("gitea", "72d3162e-cc78-11e3-81ab-4c9367dc0958", "push"))
                .isInstanceOf(DeliveryStore.Receipt.Recorded.class);
    }

    @Test
    void apiTokensAreStoredHashedAndVerified() {
        TokenStore tokens = new TokenStore(db);
        ApiToken admin = tokens.add("admin", "gnt_s3cret-token-value").orElseThrow();
        assertThat(tokens.add("again", "gnt_s3cret-token-value")).isEmpty();

        assertThat(tokens.verify("gnt_s3cret-token-value")).contains(admin);
        assertThat(tokens.verify("gnt_wrong")).isEmpty();
        assertThat(tokens.list()).containsExactly(admin);
        List<String> stored = db.transaction(tx -> tx.list("SELECT token_hash FROM api_tokens", r -> r.string("token_hash")));
        assertThat(stored).containsExactly(TokenStore.hash("gnt_s3cret-token-value"))
                .noneMatch(s -> s.contains("s3cret"));
    }

    @Test
    void everyStatusChangeIsLoggedInOrder() {
        Job job = enqueued(List.of("linux"));
        runs.start(job.run());
        Lease lease = queue.claim("agent-1", LINUX, Duration.ofSeconds(30)).orElseThrow().lease();
        jobs.complete(job.id(), lease.fencingToken(), Conclusion.SUCCESS, Map.of());
        runs.complete(job.run(), Conclusion.SUCCESS);

        List<StateChange> changes = new StateChangeLog(db).since(0, 100);
        assertThat(changes).extracting(StateChange::subject, StateChange::status, StateChange::conclusion).containsExactly(
                tuple(StateChange.Subject.RUN, Status.QUEUED, Optional.empty()),
                tuple(StateChange.Subject.JOB, Status.QUEUED, Optional.empty()),
                tuple(StateChange.Subject.RUN, Status.IN_PROGRESS, Optional.empty()),
                tuple(StateChange.Subject.JOB, Status.IN_PROGRESS, Optional.empty()),
                tuple(StateChange.Subject.JOB, Status.COMPLETED, Optional.of("success")),
                tuple(StateChange.Subject.RUN, Status.COMPLETED, Optional.of("success")));
        assertThat(new StateChangeLog(db).since(changes.get(3).id(), 100)).hasSize(2);
    }

    // --- durability and bad input -------------------------------------------------------------------------

    @Test
    void reopeningAMigratedDatabaseKeepsEverything() throws Exception {
        Job job = enqueued(List.of("linux"));
        Lease lease = queue.claim("agent-1", LINUX, Duration.ofSeconds(30)).orElseThrow().lease();
        logs.append(job.id(), 0, bytes("acknowledged\n"));
        db.close();

        useDatabase(Database.open(location, clock));
        assertThat(runs.find(job.run())).isPresent();
        assertThat(jobs.find(job.id()).orElseThrow().lease()).contains(lease);
        assertThat(text(logs.read(job.id(), 0, 100).data())).isEqualTo("acknowledged\n");
        List<String> versions = db.transaction(tx -> tx.list(
                "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" = TRUE AND \"version\" IS NOT NULL",
                r -> r.string("version")));
        assertThat(versions).contains("1", "2", "3", "4").doesNotHaveDuplicates();
        assertThat(queue.claim("agent-2", LINUX, Duration.ofSeconds(30))).isEmpty();
    }

    @Test
    void unknownIdsGiveEmptyResultsNotExceptions() {
        RunId run = new RunId(987_654);
        JobId job = new JobId(987_654);
        NewRun orphan = new NewRun(new RepositoryId(987_654), "ci.yml", "push", "a".repeat(40), Optional.empty(), "me");

        assertThat(runs.find(run)).isEmpty();
        assertThat(runs.jobs(run)).isEmpty();
        assertThat(runs.start(run)).isEqualTo(new RunStore.Change.NotFound());
        assertThat(runs.complete(run, Conclusion.SUCCESS)).isEqualTo(new RunStore.Change.NotFound());
        assertThat(runs.rerun(run, List.of())).isEqualTo(new RunStore.Creation.UnknownRun());
        assertThat(runs.create(orphan, List.of(job("build")))).isEqualTo(new RunStore.Creation.UnknownRepository());
        assertThat(runs.createConcluded(orphan, Conclusion.SUCCESS, List.of())).isEqualTo(new RunStore.Creation.UnknownRepository());
        assertThat(repositories.find("nobody", "nothing")).isEmpty();
        assertThat(repositories.find(new RepositoryId(987_654))).isEmpty();
        assertThat(jobs.find(job)).isEmpty();
        assertThat(jobs.complete(job, 1, Conclusion.SUCCESS, Map.of())).isEqualTo(new JobStore.Change.NotFound());
        assertThat(jobs.conclude(job, Conclusion.SUCCESS)).isEqualTo(new JobStore.Change.NotFound());
        assertThat(queue.enqueue(job)).isEqualTo(new JobQueue.Entry.NotFound());
        assertThat(queue.renew(job, 1, Duration.ofSeconds(1))).isEqualTo(new JobQueue.LeaseChange.Lost());
        assertThat(queue.release(job, 1)).isEqualTo(new JobQueue.LeaseChange.Lost());
        assertThat(queue.revokeHeldBy("nobody", new JobQueue.Revocation.Requeue())).isEmpty();
        assertThat(steps.of(job)).isEmpty();
        assertThat(steps.record(new Step(job, 1, "x", Status.QUEUED, Optional.empty(), Optional.empty(), Optional.empty()))).isFalse();
        assertThat(logs.append(job, 0, bytes("x"))).isEqualTo(new LogStore.Append.UnknownJob());
        assertThat(logs.read(job, 0, 100).data()).isEmpty();
        assertThat(logs.size(job)).isZero();
        assertThat(new ScheduleStore(db).recordFire(new ScheduleId(987_654), Optional.empty(), clock.instant()))
                .isEqualTo(new ScheduleStore.Fire.NotFound());
        assertThat(new ScheduleStore(db).declare(new RepositoryId(987_654), "ci.yml", List.of("0 * * * *"))).isFalse();
        assertThat(new StateChangeLog(db).since(Long.MAX_VALUE - 1, 10)).isEmpty();
    }

    // --- fixtures -----------------------------------------------------------------------------------------

    private RepositoryId repository(String name) {
        var created = repositories.create(new NewRepository("acme", name, new Repository.Source.Hosted(), "main"));
        return ((RepositoryStore.Creation.Created) created).repository().id();
    }

    private static NewRun newRun(RepositoryId repo, String workflow) {
        return new NewRun(repo, workflow, "push", "0123456789abcdef0123456789abcdef01234567", Optional.of("main"), "alice");
    }

    private static NewRun.Job job(String key) {
        return new NewRun.Job(key, key, List.of(), List.of("ubuntu-latest"));
    }

    private Run createRun(RepositoryId repo, String workflow, List<NewRun.Job> jobList) {
        return ((RunStore.Creation.Created) runs.create(newRun(repo, workflow), jobList)).run();
    }

    private Job queuedJob(List<String> labels) {
        if (shop == null) {
            shop = repository("shop");
        }
        var created = (RunStore.Creation.Created) runs.create(newRun(shop, "ci.yml"),
                List.of(new NewRun.Job("build", "build", List.of(), labels)));
        return created.jobs().getFirst();
    }

    private Job enqueued(List<String> labels) {
        Job job = queuedJob(labels);
        return ((JobQueue.Entry.Enqueued) queue.enqueue(job.id())).job();
    }

    /** Runs {@code work} on {@code threads} threads released at once, each {@code times} times; all results. */
    private static <T> List<T> race(int threads, int times, RaceWork<T> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<T>>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    start.await();
                    List<T> out = new ArrayList<>();
                    for (int i = 0; i < times; i++) {
                        out.add(work.run(thread));
                    }
                    return out;
                }));
            }
            start.countDown();
            List<T> all = new ArrayList<>();
            for (Future<List<T>> future : futures) {
                all.addAll(future.get(60, TimeUnit.SECONDS));
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    @FunctionalInterface
    private interface RaceWork<T> {
        T run(int thread) throws Exception;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(byte[] data) {
        return new String(data, StandardCharsets.UTF_8);
    }
}
