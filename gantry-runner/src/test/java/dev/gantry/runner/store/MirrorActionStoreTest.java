package dev.gantry.runner.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.runner.action.ActionStore;
import dev.gantry.runner.action.ActionStore.StoredAction;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MirrorActionStoreTest {

    @TempDir
    Path tmp;

    Path server;
    Path cache;
    SourceRepo source;
    String v1;

    @BeforeEach
    void serverMirrorsOneAction() throws Exception {
        server = tmp.resolve("server");
        cache = tmp.resolve("cache");
        source = SourceRepo.init(tmp.resolve("source"));
        v1 = source.write("action.yml", "runs: {using: composite, steps: []}\n").commit("v1");
        source.tag("v1");
        source.cloneBareInto(server, "acme", "tool");
    }

    @AfterEach
    void closeSource() {
        source.close();
    }

    @Test
    void fetchesOnFirstUseThenWorksWithoutTheServer() throws Exception {
        ActionStore store = ActionStores.open(server.toUri().toString(), cache);

        StoredAction first = store.find("acme", "tool", "v1").orElseThrow();
        StoreFiles.deleteTree(server);
        StoredAction again = ActionStores.open(server.toUri().toString(), cache).find("acme", "tool", "v1")
                .orElseThrow();

        assertThat(first.sha()).isEqualTo(v1);
        assertThat(first.root().resolve("action.yml")).hasContent("runs: {using: composite, steps: []}");
        assertThat(first.root()).startsWith(cache);
        assertThat(again).isEqualTo(first);
        assertThat(cache.resolve("acme/tool.git")).isDirectory();
    }

    @Test
    void branchesTagsAndFullShasAreAllFetched() throws Exception {
        source.write("action.yml", "runs: {using: node20, main: main.js}\n");
        String main = source.commit("next");
        source.cloneBareInto(tmp.resolve("server2"), "acme", "tool");
        ActionStore store = ActionStores.open(tmp.resolve("server2").toUri().toString(), cache);

        assertThat(store.find("acme", "tool", "main").orElseThrow().sha()).isEqualTo(main);
        assertThat(store.find("acme", "tool", "v1").orElseThrow().sha()).isEqualTo(v1);
        assertThat(store.find("acme", "tool", v1).orElseThrow().sha()).isEqualTo(v1);
    }

    @Test
    void aRefAddedOnTheServerLaterIsFetchedWhenAskedFor() throws Exception {
        ActionStore store = ActionStores.open(server.toUri().toString(), cache);
        store.find("acme", "tool", "v1").orElseThrow();
        String v2 = source.write("action.yml", "runs: {using: node20, main: v2.js}\n").commit("v2");
        source.tag("v2");
        try (var git = org.eclipse.jgit.api.Git.open(server.resolve("acme/tool.git").toFile())) {
            git.fetch().setRemote(source.dir().toString())
                    .setRefSpecs(new org.eclipse.jgit.transport.RefSpec("+refs/tags/*:refs/tags/*")).call();
        }

        assertThat(store.find("acme", "tool", "v2").orElseThrow().sha()).isEqualTo(v2);
    }

    @Test
    void aLocalFolderServesAsAMirrorAndNamesIgnoreCase() throws IOException {
        MirrorActionStore store = new MirrorActionStore(server.toString(), new FolderActionStore(cache));

        assertThat(store.find("ACME", "Tool", "v1").orElseThrow().sha()).isEqualTo(v1);
        assertThat(store).hasToString(server.toString());
    }

    @Test
    void whatTheServerDoesNotHoldIsEmptyAndLeavesNothingBehind() throws IOException {
        ActionStore store = ActionStores.open(server.toUri().toString(), cache);

        assertThat(store.find("acme", "missing", "v1")).isEmpty();
        assertThat(store.find("acme", "tool", "v9")).isEmpty();
        assertThat(cache.resolve("acme/missing.git")).doesNotExist();
        assertThat(new MirrorActionStore(server.toString(), new FolderActionStore(cache)).find("nobody", "x", "v1"))
                .isEmpty();
    }

    @Test
    void aServerThatCannotBeReachedIsAnErrorNamingIt() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + closedPort + "/mirror";
        ActionStore store = ActionStores.open(url, cache);

        assertThatThrownBy(() -> store.find("acme", "tool", "v1"))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("cannot fetch from " + url + "/acme/tool.git: ");
        assertThat(cache.resolve("acme/tool.git")).doesNotExist();
    }

    @Test
    void aMirrorFolderThatIsNotThereIsAnErrorNamingIt() {
        MirrorActionStore store = new MirrorActionStore(tmp.resolve("nowhere").toString(), new FolderActionStore(cache));

        assertThatThrownBy(() -> store.find("acme", "tool", "v1"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("nowhere");
    }

    @Test
    void aFolderIsReadInPlace() throws IOException {
        ActionStore store = ActionStores.open(server.toString(), cache);

        assertThat(store).isInstanceOf(FolderActionStore.class);
        assertThat(store.find("acme", "tool", "v1").orElseThrow().root()).isEqualTo(cache.resolve("acme/tool/" + v1));
        assertThat(Files.exists(server.resolve(".checkouts"))).isFalse();
    }
}
