package dev.gantry.cli.actions;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gantry.cli.GantryHome;
import dev.gantry.runner.store.ActionStores;
import dev.gantry.runner.store.StoreFolder;
import dev.gantry.runner.store.StoreListing;
import dev.gantry.runner.store.StoredRef;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gantry actions list [--store DIR] [--format json]}: one line per stored repository and ref,
 * {@code OWNER/REPO  REF  SHA}, sorted; or a JSON array of {@code {action, owner, repo, ref, kind, sha}}. For a git
 * server store, what has been fetched from it so far.
 */
@Command(name = "list",
        description = "List the action store: one line per repository and ref with the commit it names.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:listed (possibly nothing)", "1:the store could not be read", "2:usage error"})
final class ListCommand implements Callable<Integer> {

    enum Format { text, json }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOption store;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String location = store.location();
        Path folder = ActionStores.isUrl(location) ? GantryHome.current().actionCache(location) : Path.of(location);
        List<StoredRef> refs;
        try {
            refs = StoreListing.of(new StoreFolder(folder));
        } catch (IOException e) {
            err.println("gantry actions list: " + e.getMessage());
            err.flush();
            return 1;
        }
        switch (format) {
            case text -> text(refs).forEach(out::println);
            case json -> out.println(json(refs));
        }
        out.flush();
        if (refs.isEmpty() && format == Format.text) {
            err.println("gantry actions list: no actions in " + location);
            err.flush();
        }
        return 0;
    }

    /** Columns padded to the widest entry, two spaces apart. */
    static List<String> text(List<StoredRef> refs) {
        int action = refs.stream().mapToInt(r -> r.action().length()).max().orElse(0);
        int ref = refs.stream().mapToInt(r -> r.ref().length()).max().orElse(0);
        return refs.stream()
                .map(r -> String.format("%-" + action + "s  %-" + ref + "s  %s", r.action(), r.ref(), r.sha()))
                .toList();
    }

    static String json(List<StoredRef> refs) {
        ArrayNode array = MAPPER.createArrayNode();
        for (StoredRef r : refs) {
            ObjectNode o = array.addObject();
            o.put("action", r.action());
            o.put("owner", r.owner());
            o.put("repo", r.repo());
            o.put("ref", r.ref());
            o.put("kind", r.kind().label());
            o.put("sha", r.sha());
        }
        return array.toPrettyString();
    }
}
