package dev.gantry.runner.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.runner.action.ActionStore;
import dev.gantry.runner.action.ActionStore.StoredAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Jobs that resolve the same action at the same moment share one complete checkout. */
class ConcurrentCheckoutTest {

    private static final int FILES = 200;

    @TempDir
    Path tmp;

    Path store;
    String sha;

    @BeforeEach
    void storeHoldsAnActionWithManyFiles() throws Exception {
        store = tmp.resolve("store");
        try (SourceRepo source = SourceRepo.init(tmp.resolve("source"))) {
            for (int i = 0; i < FILES; i++) {
                source.write("dist/chunk-" + i + ".js", "module.exports = " + i + ";\n".repeat(50));
            }
            source.write("action.yml", "runs: {using: node20, main: dist/chunk-0.js}\n");
            sha = source.commit("build");
            source.tag("v1");
            source.cloneBareInto(store, "acme", "big");
        }
    }

    @Test
    void twoThreadsResolvingTheSameActionGetOneCompleteCheckout() throws Exception {
        ActionStore shared = new FolderActionStore(store);

        List<StoredAction> answers = resolveAtOnce(List.of(shared, shared));

        assertComplete(answers);
    }

    @RepeatedTest(3)
    void storesOpenedSeparatelyAsByTwoProcessesAgreeToo() throws Exception {
        List<ActionStore> stores = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            stores.add(new FolderActionStore(store));
        }

        assertComplete(resolveAtOnce(stores));
    }

    private List<StoredAction> resolveAtOnce(List<ActionStore> stores) throws Exception {
        CyclicBarrier start = new CyclicBarrier(stores.size());
        try (ExecutorService threads = Executors.newFixedThreadPool(stores.size())) {
            List<Future<StoredAction>> futures = new ArrayList<>();
            for (ActionStore s : stores) {
                futures.add(threads.submit(() -> {
                    start.await();
                    StoredAction action = s.find("acme", "big", "v1").orElseThrow();
                    // what a job sees the moment it gets the answer: every file, whole
                    assertThat(action.root().resolve("dist/chunk-" + (FILES - 1) + ".js")).exists();
                    try (Stream<Path> files = Files.list(action.root().resolve("dist"))) {
                        assertThat(files.count()).isEqualTo(FILES);
                    }
                    return action;
                }));
            }
            List<StoredAction> answers = new ArrayList<>();
            for (Future<StoredAction> f : futures) {
                answers.add(f.get());
            }
            return answers;
        }
    }

    private void assertComplete(List<StoredAction> answers) throws Exception {
        assertThat(answers).extracting(StoredAction::sha).containsOnly(sha);
        assertThat(answers).extracting(StoredAction::root).containsOnly(store.resolve(".checkouts/acme/big/" + sha));
        Path root = answers.get(0).root();
        for (int i = 0; i < FILES; i++) {
            assertThat(root.resolve("dist/chunk-" + i + ".js")).hasContent("module.exports = " + i + ";\n".repeat(50).stripTrailing());
        }
        try (Stream<Path> siblings = Files.list(root.getParent())) {
            assertThat(siblings.map(p -> p.getFileName().toString()))
                    .as("no partial copy is left behind").containsExactly(sha);
        }
    }
}
