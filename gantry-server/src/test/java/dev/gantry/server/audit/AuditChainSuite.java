package dev.gantry.server.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.server.store.AuditQuery;
import dev.gantry.server.store.AuditRecord;
import dev.gantry.server.store.AuditStore;
import dev.gantry.server.store.Database;
import dev.gantry.server.store.StoreLocation;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit log's chain on every database Gantry supports (one subclass each): appends link up, concurrent
 * appends never fork, and verification names the first record of every kind of tampering.
 */
abstract class AuditChainSuite {

    @TempDir
    Path dir;
    Database db;
    AuditLog audit;
    AuditStore store;

    abstract StoreLocation location(Path dir) throws Exception;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(location(dir));
        audit = new AuditLog(db);
        store = new AuditStore(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void anEmptyLogIsIntactAtTheGenesisHash() {
        assertThat(AuditChain.verify(db)).isEqualTo(new Verification.Intact(0, AuditRecord.GENESIS));
    }

    @Test
    void eachRecordIsSealedAfterThePreviousOne() {
        List<AuditRecord> written = appendFive();

        assertThat(written).extracting(AuditRecord::sequence).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(written.getFirst().previousHash()).isEqualTo(AuditRecord.GENESIS);
        for (int i = 1; i < written.size(); i++) {
            assertThat(written.get(i).previousHash()).isEqualTo(written.get(i - 1).hash());
        }
        assertThat(store.after(0, 10)).isEqualTo(written);
        assertThat(written).allSatisfy(r -> assertThat(r.expectedHash()).isEqualTo(r.hash()));
        assertThat(AuditChain.verify(db)).isEqualTo(new Verification.Intact(5, written.getLast().hash()));
    }

    @Test
    void detailsAreStoredAsCanonicalJsonWithSortedKeys() {
        AuditRecord record = audit.record("ada", AuditAction.REPOSITORY_PUSHED, Subject.repository("acme/shop"),
                Map.of("ref", "refs/heads/main", "after", "b".repeat(40), "before", "a".repeat(40)));

        assertThat(record.details()).isEqualTo("{\"after\":\"" + "b".repeat(40) + "\",\"before\":\"" + "a".repeat(40)
                + "\",\"ref\":\"refs/heads/main\"}");
        assertThat(record.action()).isEqualTo("repository.pushed");
        assertThat(record.subject()).isEqualTo("repo:acme/shop");
    }

    @Test
    void concurrentAppendsNeverFork() throws Exception {
        int writers = 8;
        int each = 25;
        CountDownLatch go = new CountDownLatch(1);
        List<Future<List<AuditRecord>>> futures = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(writers)) {
            for (int w = 0; w < writers; w++) {
                String actor = "writer-" + w;
                futures.add(pool.submit(() -> {
                    go.await();
                    List<AuditRecord> mine = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        mine.add(audit.record(actor, AuditAction.RUN_TRIGGERED, Subject.run(i), Map.of("n", i)));
                    }
                    return mine;
                }));
            }
            go.countDown();
            Set<Long> sequences = new HashSet<>();
            Set<String> previous = new HashSet<>();
            for (Future<List<AuditRecord>> future : futures) {
                for (AuditRecord record : future.get()) {
                    sequences.add(record.sequence());
                    previous.add(record.previousHash());
                }
            }
            assertThat(sequences).hasSize(writers * each);
            assertThat(previous).as("no two records share a predecessor").hasSize(writers * each);
        }
        assertThat(AuditChain.verify(db)).isInstanceOfSatisfying(Verification.Intact.class,
                intact -> assertThat(intact.records()).isEqualTo(writers * each));
    }

    @Test
    void anAlteredFieldIsFoundAtItsRecord() {
        appendFive();
        sql("UPDATE audit_log SET actor = 'mallory' WHERE sequence = 3");

        assertBroken(3, Verification.Problem.HASH, "audit record 3 was altered");
    }

    @Test
    void alteredDetailsAndTimesAreFound() {
        appendFive();
        sql("UPDATE audit_log SET details = '{\"ref\":\"refs/heads/evil\"}' WHERE sequence = 4");
        assertBroken(4, Verification.Problem.HASH, "audit record 4 was altered");

        sql("UPDATE audit_log SET recorded_at = recorded_at + INTERVAL '1' SECOND WHERE sequence = 2");
        assertBroken(2, Verification.Problem.HASH, "audit record 2 was altered");
    }

    @Test
    void anActionGantryNeverWritesIsNamed() {
        appendFive();
        sql("UPDATE audit_log SET action = 'run.forgotten' WHERE sequence = 2");

        assertBroken(2, Verification.Problem.FIELD, "its action \"run.forgotten\"");
    }

    @Test
    void aDeletedRowIsAGapAtTheMissingRecord() {
        appendFive();
        sql("DELETE FROM audit_log WHERE sequence = 3");

        assertBroken(3, Verification.Problem.GAP, "audit record 3 is missing");
    }

    @Test
    void deletingTheNewestRecordsIsNoticedThroughTheHead() {
        appendFive();
        sql("DELETE FROM audit_log WHERE sequence >= 4");

        assertBroken(4, Verification.Problem.GAP, "the newest were deleted");
    }

    @Test
    void reorderedRowsBreakTheLink() {
        appendFive();
        sql("UPDATE audit_log SET sequence = -3 WHERE sequence = 3");
        sql("UPDATE audit_log SET sequence = 3 WHERE sequence = 4");
        sql("UPDATE audit_log SET sequence = 4 WHERE sequence = -3");

        assertBroken(3, Verification.Problem.LINK, "audit record 3 does not follow record 2");
    }

    @Test
    void aResealedRecordBreaksTheLinkOfTheNextOne() {
        List<AuditRecord> written = appendFive();
        AuditRecord third = written.get(2);
        String forged = AuditRecord.seal(third.previousHash(), 3, third.time(), "mallory", third.action(),
                third.subject(), third.details());
        sql("UPDATE audit_log SET actor = 'mallory', hash = '" + forged + "' WHERE sequence = 3");

        assertBroken(4, Verification.Problem.LINK, "audit record 4 does not follow record 3");
    }

    @Test
    void aRecordInTheCallersTransactionRollsBackWithIt() {
        appendFive();
        assertThatThrownBy(() -> db.transaction(tx -> {
            audit.record(tx, "ada", AuditAction.SECRET_SET, Subject.secret("acme/shop", "TOKEN"), Map.of());
            throw new IllegalStateException("the change failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(store.head().sequence()).isEqualTo(5);
        assertThat(AuditChain.verify(db)).isInstanceOf(Verification.Intact.class);
        AuditRecord next = db.transaction(tx -> audit.record(tx, "ada", AuditAction.SECRET_SET,
                Subject.secret("acme/shop", "TOKEN"), Map.of()));
        assertThat(next.sequence()).isEqualTo(6);
        assertThat(AuditChain.verify(db)).isInstanceOf(Verification.Intact.class);
    }

    @Test
    void queriesFilterByActorActionSubjectAndTimeAndPage() {
        List<AuditRecord> written = appendFive();
        Instant third = written.get(2).time();

        assertThat(query(Optional.of("ada"), Optional.empty(), Optional.empty(), 1, 10))
                .extracting(AuditRecord::sequence).containsExactly(1L, 3L, 5L);
        assertThat(query(Optional.empty(), Optional.of("run.cancelled"), Optional.empty(), 1, 10))
                .extracting(AuditRecord::sequence).containsExactly(2L);
        assertThat(query(Optional.empty(), Optional.empty(), Optional.of("repo:acme/*"), 1, 10))
                .extracting(AuditRecord::sequence).containsExactly(4L, 5L);
        assertThat(query(Optional.empty(), Optional.empty(), Optional.of("repo:acme/shop"), 1, 10))
                .extracting(AuditRecord::sequence).containsExactly(4L);
        assertThat(query(Optional.empty(), Optional.empty(), Optional.of("repo:acme_*"), 1, 10)).isEmpty();
        AuditStore.Page page = store.query(new AuditQuery(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), 2, 2));
        assertThat(page.totalCount()).isEqualTo(5);
        assertThat(page.records()).extracting(AuditRecord::sequence).containsExactly(3L, 4L);
        AuditStore.Page since = store.query(new AuditQuery(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(third), Optional.of(written.get(4).time()), 1, 10));
        assertThat(since.records()).extracting(AuditRecord::sequence).isSubsetOf(3L, 4L).contains(3L);
    }

    @Test
    void newlinesInFieldsCannotShiftTheSealedInput() {
        AuditRecord record = audit.record("ada\nrun.cancelled", AuditAction.RUN_CANCELLED, new Subject("run:1\n"),
                Map.of("reason", "two\nlines"));

        assertThat(record.actor()).isEqualTo("ada?run.cancelled");
        assertThat(record.subject()).isEqualTo("run:1?");
        assertThat(record.details()).isEqualTo("{\"reason\":\"two\\nlines\"}");
        assertThat(AuditChain.verify(db)).isInstanceOf(Verification.Intact.class);
    }

    private List<AuditRecord> appendFive() {
        List<AuditRecord> written = new ArrayList<>();
        written.add(audit.record("ada", AuditAction.RUN_TRIGGERED, Subject.run(1), Map.of("workflow", "ci.yml")));
        written.add(audit.record("bob", AuditAction.RUN_CANCELLED, Subject.run(1), Map.of()));
        written.add(audit.record("ada", AuditAction.RUN_RERUN, Subject.run(1), Map.of("attempt", 2)));
        written.add(audit.record(AuditLog.SERVER, AuditAction.REPOSITORY_CREATED, Subject.repository("acme/shop"),
                Map.of("source", "hosted")));
        written.add(audit.record("ada", AuditAction.REPOSITORY_PUSHED, Subject.repository("acme/site"),
                Map.of("ref", "refs/heads/main")));
        return written;
    }

    private List<AuditRecord> query(Optional<String> actor, Optional<String> action, Optional<String> subject,
                                    int page, int perPage) {
        return store.query(new AuditQuery(actor, action, subject, Optional.empty(), Optional.empty(), page, perPage))
                .records();
    }

    private void assertBroken(long sequence, Verification.Problem problem, String message) {
        assertThat(AuditChain.verify(db)).isInstanceOfSatisfying(Verification.Broken.class, broken -> {
            assertThat(broken.sequence()).isEqualTo(sequence);
            assertThat(broken.problem()).isEqualTo(problem);
            assertThat(broken.message()).contains(message);
        });
    }

    private void sql(String statement) {
        db.transaction(tx -> tx.update(statement));
    }
}
