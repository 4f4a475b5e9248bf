package dev.gantry.server.schedule;

import dev.gantry.engine.event.Schedule;
import dev.gantry.server.store.Database;
import dev.gantry.server.store.NewRepository;
import dev.gantry.server.store.Repository;
import dev.gantry.server.store.RepositoryStore;
import dev.gantry.server.store.RunQuery;
import dev.gantry.server.store.RunStore;
import dev.gantry.server.store.ScheduleFireStore;
import dev.gantry.server.store.ScheduleStore;
import dev.gantry.server.store.StoreLocation;
import dev.gantry.workflow.WorkflowReader;
import dev.gantry.workflow.model.Workflow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Schedules on every database Gantry supports (one subclass each): syncing entries from workflows, firing at the
 * due time with a controllable clock, missed fire times after downtime by policy, and fires interrupted by a
 * failure, which are neither dropped nor doubled.
 */
abstract class ScheduleSuite {

    private static final Instant START = Instant.parse("2026-03-02T09:00:00.123456Z");
    private static final Instant QUARTER_PAST = Instant.parse("2026-03-02T09:15:00Z");
    private static final String CI = ".github/workflows/ci.yml";
    private static final String NIGHTLY = ".github/workflows/nightly.yml";

    final ManualClock clock = new ManualClock(START);
    Database db;
    private RunCreatingSink sink;
    private Repository repository;
    private ScheduleRegistry registry;

    abstract StoreLocation freshLocation() throws Exception;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(freshLocation(), clock);
        sink = new RunCreatingSink(db);
        repository = ((RepositoryStore.Creation.Created) new RepositoryStore(db).create(
                new NewRepository("acme", "shop", new Repository.Source.Hosted(), "main"))).repository();
        registry = new ScheduleRegistry(db, () -> { });
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void syncReplacesTheEntriesAndKeepsTheLastFireOfThoseThatStay() {
        var synced = registry.sync(repository, Map.of(CI, workflow("*/15 * * * *", "0 3 * * 1"),
                NIGHTLY, workflow("0 2 * * *"), ".github/workflows/push.yml", pushOnly()));
        assertThat(synced.entries()).isEqualTo(3);
        clock.set(QUARTER_PAST);
        firer(MissedSchedules.ONCE).tick();

        registry.sync(repository, Map.of(CI, workflow("*/15 * * * *", "30 4 * * *")));
        assertThat(new ScheduleStore(db).list()).extracting(s -> s.workflowPath(), s -> s.cron(), s -> s.lastFiredAt())
                .containsExactlyInAnyOrder(
                        tuple(CI, "*/15 * * * *", Optional.of(QUARTER_PAST)),
                        tuple(CI, "30 4 * * *", Optional.empty()));
        assertThat(registry.sync(repository, Map.of()).entries()).isZero();
        assertThat(new ScheduleStore(db).list()).isEmpty();
    }

    @Test
    void anInvalidCronIsLeftOutWithANote() {
        var parsed = WorkflowReader.read("ci.yml", workflowText("61 * * * *", "0 3 * * *"));
        assertThat(parsed.hasErrors()).isTrue();
        var synced = registry.sync(repository, Map.of(CI, parsed.value().orElseThrow()));
        assertThat(synced.entries()).isEqualTo(1);
        assertThat(synced.notes()).singleElement().asString().contains(CI).contains("61 * * * *")
                .contains("not scheduled");
        assertThat(new ScheduleStore(db).list()).extracting(s -> s.cron()).containsExactly("0 3 * * *");
    }

    @Test
    void anEntryFiresAtItsDueTimeWithTheScheduleEventOfItsWorkflowOnce() {
        registry.sync(repository, Map.of(CI, workflow("*/15 * * * *")));
        ScheduleFirer firer = firer(MissedSchedules.ONCE);

        assertThat(firer.tick()).as("a new entry never fires for the past").contains(QUARTER_PAST);
        assertThat(sink.calls).isEmpty();
        clock.set(QUARTER_PAST.plusMillis(5));
        assertThat(firer.tick()).contains(QUARTER_PAST.plus(Duration.ofMinutes(15)));
        assertThat(firer.tick()).contains(QUARTER_PAST.plus(Duration.ofMinutes(15)));

        assertThat(sink.calls).singleElement().satisfies(call -> {
            assertThat(call.workflowPath()).contains(CI);
            assertThat(call.repository().id()).isEqualTo(repository.id());
            Schedule event = (Schedule) call.event();
            assertThat(event.cron()).isEqualTo("*/15 * * * *");
            assertThat(event.revision().ref()).isEqualTo("refs/heads/main");
            assertThat(event.revision().sha()).as("the sink resolves the default branch's head").isEmpty();
            assertThat(event.payload().members().get("schedule").toString()).contains("*/15 * * * *");
        });
        assertThat(new ScheduleFireStore(db).pending()).isEmpty();
    }

    @Test
    void afterDowntimeEachMissedEntryRunsOnceByDefault() {
        registry.sync(repository, Map.of(CI, workflow("*/15 * * * *"), NIGHTLY, workflow("0 2 * * *")));
        clock.set(START.plus(Duration.ofDays(2)));
        firer(MissedSchedules.ONCE).tick();

        assertThat(sink.calls).extracting(c -> c.workflowPath().orElseThrow()).containsExactlyInAnyOrder(CI, NIGHTLY);
        assertThat(new ScheduleStore(db).list()).extracting(s -> s.lastFiredAt().orElseThrow()).containsExactlyInAnyOrder(
                Instant.parse("2026-03-04T09:00:00Z"), Instant.parse("2026-03-04T02:00:00Z"));
    }

    @Test
    void theAllPolicyFiresEveryMissedTimeAndSkipFiresNoneThatIsLate() {
        registry.sync(repository, Map.of(CI, workflow("*/15 * * * *")));
        clock.set(QUARTER_PAST.plus(Duration.ofHours(1)));
        firer(MissedSchedules.ALL).tick();
        assertThat(sink.calls).hasSize(5);
        assertThat(new RunStore(db).list(new RunQuery(Optional.of(repository.id()), Optional.empty(), 50))).hasSize(5);

        sink.calls.clear();
        clock.advance(Duration.ofHours(3).plusMinutes(7));
        ScheduleFirer skipping = firer(MissedSchedules.SKIP);
        skipping.tick();
        assertThat(sink.calls).isEmpty();
        assertThat(new ScheduleStore(db).list().getFirst().lastFiredAt())
                .contains(Instant.parse("2026-03-02T13:15:00Z"));
        clock.advance(Duration.ofMinutes(8));
        skipping.tick();
        assertThat(sink.calls).hasSize(1);
    }

    @Test
    void aFireInterruptedAfterItsRunWasStoredIsNotDoubled() {
        registry.sync(repository, Map.of(CI, workflow("*/15 * * * *")));
        clock.set(QUARTER_PAST);
        sink.nextFailure.set(RunCreatingSink.Failure.AFTER_RUN);
        ScheduleFirer firer = firer(MissedSchedules.ONCE);

        assertThat(firer.tick()).contains(QUARTER_PAST.plus(ScheduleFirer.RETRY));
        assertThat(new ScheduleFireStore(db).pending()).hasSize(1);
        clock.advance(ScheduleFirer.RETRY);
        firer.tick();

        assertThat(new ScheduleFireStore(db).pending()).isEmpty();
        assertThat(sink.calls).isEmpty();
        assertThat(scheduleRuns()).isEqualTo(1);
    }

    @Test
    void aFireInterruptedBeforeItsRunWasStoredIsFiredAgainAfterARestart() {
        registry.sync(repository, Map.of(CI, workflow("*/15 * * * *")));
        clock.set(QUARTER_PAST);
        sink.nextFailure.set(RunCreatingSink.Failure.BEFORE_RUN);
        firer(MissedSchedules.ONCE).tick();
        assertThat(scheduleRuns()).isZero();

        clock.advance(Duration.ofMinutes(1));
        firer(MissedSchedules.ONCE).tick();
        assertThat(sink.calls).singleElement().satisfies(call ->
                assertThat(((Schedule) call.event()).cron()).isEqualTo("*/15 * * * *"));
        assertThat(scheduleRuns()).isEqualTo(1);
        assertThat(new ScheduleFireStore(db).pending()).isEmpty();
        assertThat(new ScheduleStore(db).list().getFirst().lastFiredAt()).contains(QUARTER_PAST);
    }

    @Test
    void twoFirersThatSeeTheSameDueTimeFireItOnce() {
        registry.sync(repository, Map.of(CI, workflow("*/15 * * * *")));
        clock.set(QUARTER_PAST);
        firer(MissedSchedules.ALL).tick();
        firer(MissedSchedules.ALL).tick();
        assertThat(sink.calls).hasSize(1);
        assertThat(scheduleRuns()).isEqualTo(1);
    }

    @Test
    void theTickerFiresOnItsOwnThreadWhenWokenAfterTheClockMoved() throws Exception {
        try (ScheduleTicker ticker = ScheduleTicker.start(db, sink, MissedSchedules.ONCE, clock)) {
            new ScheduleRegistry(db, ticker::wake).sync(repository, Map.of(CI, workflow("*/15 * * * *")));
            clock.set(QUARTER_PAST);
            ticker.wake();
            RunCreatingSink.Call call = sink.calls.poll(60, TimeUnit.SECONDS);
            assertThat(call).isNotNull();
            assertThat(call.workflowPath()).contains(CI);
        }
        assertThat(sink.calls).isEmpty();
    }

    // --- fixtures -----------------------------------------------------------------------------------------

    private ScheduleFirer firer(MissedSchedules policy) {
        return new ScheduleFirer(db, sink, policy, clock);
    }

    private long scheduleRuns() {
        return new RunStore(db).list(new RunQuery(Optional.of(repository.id()), Optional.empty(), 100)).stream()
                .filter(run -> run.event().equals("schedule")).count();
    }

    private static Workflow workflow(String... crons) {
        return WorkflowReader.read("ci.yml", workflowText(crons)).value().orElseThrow();
    }

    private static String workflowText(String... crons) {
        StringBuilder text = new StringBuilder("on:\n  schedule:\n");
        for (String cron : crons) {
            text.append("    - cron: '").append(cron).append("'\n");
        }
        return text.append("jobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make\n").toString();
    }

    private static Workflow pushOnly() {
        return WorkflowReader.read("push.yml", "on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n"
                + "    steps:\n      - run: make\n").value().orElseThrow();
    }
}
