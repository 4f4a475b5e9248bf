package dev.gantry.runner.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CacheStoreTest {

    private static final String SCOPE = "acme/app";
    private static final String VERSION = CacheVersion.of(List.of("deps"));

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock();
    private final List<String> warnings = new ArrayList<>();
    private Path workspace;
    private CacheStore store;

    @BeforeEach
    void setUp() throws IOException {
        workspace = Files.createDirectories(dir.resolve("work/repo"));
        store = new CacheStore(dir.resolve("cache"), CacheStore.DEFAULT_LIMIT, clock);
    }

    @Test
    void restoresWhatWasSavedWithModesAndLinks() throws IOException {
        Path deps = Files.createDirectories(workspace.resolve("deps/bin"));
        Files.writeString(deps.resolve("tool"), "#!/bin/sh\necho hi\n");
        Files.setPosixFilePermissions(deps.resolve("tool"), PosixFilePermissions.fromString("rwxr-x---"));
        Files.writeString(workspace.resolve("deps/data.txt"), "data");
        Files.createSymbolicLink(workspace.resolve("deps/link"), Path.of("data.txt"));

        SaveOutcome saved = save("npm-1", files("deps"));
        assertThat(saved).isInstanceOf(SaveOutcome.Saved.class);
        assertThat(((SaveOutcome.Saved) saved).files()).isEqualTo(3);

        deleteTree(workspace.resolve("deps"));
        CacheLookup lookup = store.find(SCOPE, List.of("npm-1"), VERSION, warnings::add);
        assertThat(lookup).isInstanceOfSatisfying(CacheLookup.Found.class, f -> assertThat(f.primaryHit()).isTrue());
        RestoreOutcome outcome = store.restore(((CacheLookup.Found) lookup).entry(), workspace);

        assertThat(outcome).isInstanceOf(RestoreOutcome.Restored.class);
        assertThat(Files.readString(workspace.resolve("deps/data.txt"))).isEqualTo("data");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(workspace.resolve("deps/bin/tool"))))
                .isEqualTo("rwxr-x---");
        assertThat(Files.readSymbolicLink(workspace.resolve("deps/link"))).isEqualTo(Path.of("data.txt"));
        assertThat(warnings).isEmpty();
    }

    @Test
    void filesOutsideTheWorkspaceGoBackWhereTheyWere() throws IOException {
        Path home = Files.createDirectories(dir.resolve("home/.npm"));
        Files.writeString(home.resolve("index"), "v1");
        save("home", List.of(home.resolve("index")));
        Files.delete(home.resolve("index"));

        restore(find("home"));

        assertThat(Files.readString(home.resolve("index"))).isEqualTo("v1");
    }

    @Test
    void exactKeyBeatsANewerPrefixMatch() throws IOException {
        write("deps/a", "exact");
        save("linux-deps", files("deps"));
        clock.advance(Duration.ofMinutes(1));
        write("deps/a", "longer");
        save("linux-deps-2", files("deps"));

        CacheLookup.Found found = find("linux-deps");

        assertThat(found.entry().key()).isEqualTo("linux-deps");
        assertThat(found.primaryHit()).isTrue();
    }

    @Test
    void restoreKeysAreTriedInOrderAndEachPrefixTakesTheNewestEntry() throws IOException {
        write("deps/a", "1");
        save("npm-linux-aaa", files("deps"));
        clock.advance(Duration.ofMinutes(1));
        save("npm-linux-bbb", files("deps"));
        clock.advance(Duration.ofMinutes(1));
        save("npm-windows-ccc", files("deps"));

        assertThat(find("npm-linux-zzz", "npm-linux-", "npm-").entry().key()).isEqualTo("npm-linux-bbb");
        assertThat(find("npm-linux-zzz", "npm-").entry().key()).isEqualTo("npm-windows-ccc");
        assertThat(find("npm-mac", "npm-linux-aaa", "npm-").entry().key()).isEqualTo("npm-linux-aaa");
        CacheLookup.Found partial = find("npm-linux-zzz", "npm-linux-");
        assertThat(partial.primaryHit()).isFalse();
    }

    @Test
    void thePrimaryKeyIsAlsoMatchedAsAPrefixButIsThenNoHit() throws IOException {
        write("deps/a", "1");
        save("deps-v1-abc", files("deps"));

        CacheLookup.Found found = find("deps-v1");

        assertThat(found.entry().key()).isEqualTo("deps-v1-abc");
        assertThat(found.primaryHit()).isFalse();
    }

    @Test
    void anotherVersionOrScopeIsAMiss() throws IOException {
        write("deps/a", "1");
        save("k", files("deps"));

        assertThat(store.find(SCOPE, List.of("k"), CacheVersion.of(List.of("other")), warnings::add))
                .isInstanceOf(CacheLookup.Miss.class);
        assertThat(store.find("acme/other", List.of("k"), VERSION, warnings::add))
                .isInstanceOf(CacheLookup.Miss.class);
        assertThat(store.find(SCOPE, List.of("x", "y"), VERSION, warnings::add)).isInstanceOf(CacheLookup.Miss.class);
    }

    @Test
    void anExistingKeyIsNeverOverwritten() throws IOException {
        write("deps/a", "first");
        save("k", files("deps"));
        write("deps/a", "second");

        assertThat(save("k", files("deps"))).isEqualTo(new SaveOutcome.AlreadyExists("k"));

        restore(find("k"));
        assertThat(Files.readString(workspace.resolve("deps/a"))).isEqualTo("first");
        assertThat(store.entries(warnings::add)).hasSize(1);
    }

    @Test
    void concurrentSavesOfOneKeyPublishExactlyOneEntry() throws Exception {
        write("deps/a", "same");
        List<Path> files = files("deps");
        List<Thread> threads = new ArrayList<>();
        List<SaveOutcome> outcomes = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 6; i++) {
            threads.add(Thread.ofPlatform().start(() -> {
                try {
                    outcomes.add(store.save(SCOPE, "k", VERSION, workspace, files, warnings::add));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }

        assertThat(outcomes).hasSize(6);
        assertThat(outcomes.stream().filter(SaveOutcome.Saved.class::isInstance)).hasSize(1);
        assertThat(outcomes.stream().filter(SaveOutcome.AlreadyExists.class::isInstance)).hasSize(5);
        assertThat(store.entries(warnings::add)).hasSize(1);
        assertThat(Files.list(store.root().resolve("tmp")).toList()).isEmpty();
        assertThat(store.restore(find("k").entry(), workspace)).isInstanceOf(RestoreOutcome.Restored.class);
    }

    @Test
    void theLeastRecentlyUsedEntriesAreEvictedWhenTheLimitIsPassed() throws IOException {
        write("a/f", random(40_000));
        write("b/f", random(40_000));
        write("c/f", random(40_000));
        long one = archiveSize("probe", files("a"));
        store = new CacheStore(dir.resolve("small"), one * 2 + one / 2, clock);

        save("a", files("a"));
        clock.advance(Duration.ofMinutes(1));
        save("b", files("b"));
        clock.advance(Duration.ofMinutes(1));
        restore(find("a"));                        // a is now more recently used than b
        clock.advance(Duration.ofMinutes(1));
        save("c", files("c"));

        assertThat(store.entries(warnings::add)).extracting(CacheEntry::key).containsExactlyInAnyOrder("a", "c");
        assertThat(store.size(warnings::add)).isLessThanOrEqualTo(store.limit());
        try (Stream<Path> blobs = Files.list(store.root().resolve("blobs"))) {
            assertThat(blobs.count()).isEqualTo(2);
        }
    }

    @Test
    void anArchiveLargerThanTheWholeLimitIsNotSaved() throws IOException {
        write("big/f", random(10_000));
        store = new CacheStore(dir.resolve("tiny"), 1_000, clock);

        assertThat(save("big", files("big"))).isInstanceOf(SaveOutcome.TooLarge.class);
        assertThat(store.entries(warnings::add)).isEmpty();
    }

    @Test
    void aTamperedArchiveIsSkippedAndNothingIsWritten() throws IOException {
        write("deps/a", "good");
        save("k", files("deps"));
        CacheEntry entry = find("k").entry();
        Path blob = store.root().resolve("blobs").resolve(entry.blob() + ".tar.gz");
        byte[] bytes = Files.readAllBytes(blob);
        bytes[bytes.length / 2] ^= 0x55;
        Files.write(blob, bytes);
        deleteTree(workspace.resolve("deps"));

        RestoreOutcome outcome = store.restore(entry, workspace);

        assertThat(outcome).isInstanceOfSatisfying(RestoreOutcome.Corrupt.class,
                c -> assertThat(c.reason()).contains("does not match its SHA-256 digest"));
        assertThat(workspace.resolve("deps")).doesNotExist();
    }

    @Test
    void aMissingArchiveIsCorruptNotAnError() throws IOException {
        write("deps/a", "x");
        save("k", files("deps"));
        CacheEntry entry = find("k").entry();
        Files.delete(store.root().resolve("blobs").resolve(entry.blob() + ".tar.gz"));

        assertThat(store.restore(entry, workspace)).isInstanceOfSatisfying(RestoreOutcome.Corrupt.class,
                c -> assertThat(c.reason()).contains("is missing"));
    }

    @Test
    void anEntryWithoutItsArchiveIsSkippedSoTheNextKeyIsTried() throws IOException {
        write("deps/a", "old");
        save("deps-old", files("deps"));
        clock.advance(Duration.ofMinutes(1));
        write("deps/a", "new");
        save("deps-new", files("deps"));
        CacheEntry newest = find("deps-new").entry();
        Files.delete(store.root().resolve("blobs").resolve(newest.blob() + ".tar.gz"));

        assertThat(find("deps-").entry().key()).isEqualTo("deps-old");
        assertThat(warnings).anySatisfy(w -> assertThat(w).startsWith("Skipped the cache entry for key deps-new"));
    }

    @Test
    void aBrokenIndexFileIsAWarningAndTheOthersStillWork() throws IOException {
        write("deps/a", "x");
        save("k", files("deps"));
        Files.writeString(store.root().resolve("entries/0000.properties"), "scope=acme/app\nkey=broken\n");
        Files.write(store.root().resolve("entries/ffff.properties"), new byte[] {(byte) 0xff, (byte) 0xfe, 0});

        CacheLookup.Found found = find("k");

        assertThat(found.entry().key()).isEqualTo("k");
        assertThat(warnings).hasSize(2).allSatisfy(w -> assertThat(w).startsWith("Skipped cache index file"));
    }

    private CacheLookup.Found find(String... keys) throws IOException {
        CacheLookup lookup = store.find(SCOPE, List.of(keys), VERSION, warnings::add);
        assertThat(lookup).isInstanceOf(CacheLookup.Found.class);
        return (CacheLookup.Found) lookup;
    }

    private void restore(CacheLookup.Found found) throws IOException {
        assertThat(store.restore(found.entry(), workspace)).isInstanceOf(RestoreOutcome.Restored.class);
    }

    private SaveOutcome save(String key, List<Path> files) throws IOException {
        return store.save(SCOPE, key, VERSION, workspace, files, warnings::add);
    }

    private long archiveSize(String key, List<Path> files) throws IOException {
        CacheStore probe = new CacheStore(dir.resolve("probe"), CacheStore.DEFAULT_LIMIT, clock);
        return ((SaveOutcome.Saved) probe.save(SCOPE, key, VERSION, workspace, files, warnings::add)).entry().size();
    }

    private List<Path> files(String folder) throws IOException {
        try (Stream<Path> walk = Files.walk(workspace.resolve(folder))) {
            return walk.filter(p -> !Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)).sorted().toList();
        }
    }

    private void write(String relative, String content) throws IOException {
        Path file = workspace.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private static String random(int length) {
        var random = new java.util.Random(length);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append((char) ('!' + random.nextInt(90)));
        }
        return text.toString();
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
