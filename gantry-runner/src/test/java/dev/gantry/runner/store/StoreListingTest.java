package dev.gantry.runner.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreListingTest {

    @TempDir
    Path tmp;

    @Test
    void everyTagBranchAndPinOfEveryRepositorySorted() throws Exception {
        Path store = tmp.resolve("store");
        String one;
        String two;
        try (SourceRepo source = SourceRepo.init(tmp.resolve("source"))) {
            one = source.write("action.yml", "name: one\n").commit("one");
            source.tag("v1");
            two = source.write("action.yml", "name: two\n").commit("two");
            source.tag("v2");
            source.cloneBareInto(store, "zeta", "last");
            source.cloneBareInto(store, "Acme", "tool");
        }
        ImportAction importer = new ImportAction(new StoreFolder(store));
        importer.run("acme", "Beta", one, ImportSource.of(store.resolve("Acme/tool.git").toString()).orElseThrow());
        Files.createDirectories(store.resolve(".checkouts/acme/x.git"));

        assertThat(StoreListing.of(new StoreFolder(store))).containsExactly(
                new StoredRef("Acme", "Beta", one, RefKind.SHA, one),
                new StoredRef("Acme", "tool", "main", RefKind.BRANCH, two),
                new StoredRef("Acme", "tool", "v1", RefKind.TAG, one),
                new StoredRef("Acme", "tool", "v2", RefKind.TAG, two),
                new StoredRef("zeta", "last", "main", RefKind.BRANCH, two),
                new StoredRef("zeta", "last", "v1", RefKind.TAG, one),
                new StoredRef("zeta", "last", "v2", RefKind.TAG, two));
    }

    @Test
    void aStoreThatDoesNotExistYetIsEmpty() throws IOException {
        assertThat(StoreListing.of(new StoreFolder(tmp.resolve("none")))).isEmpty();
    }
}
