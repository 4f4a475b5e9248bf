package dev.gantry.cli.actions;

import dev.gantry.runner.store.ActionStores;
import dev.gantry.runner.store.ImportAction;
import dev.gantry.runner.store.ImportOutcome;
import dev.gantry.runner.store.ImportSource;
import dev.gantry.runner.store.StoreFolder;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gantry actions import OWNER/REPO@REF --from GIT_URL_OR_DIR [--store DIR]}: puts one ref of an action into
 * the store and prints {@code imported OWNER/REPO@REF -> SHA}, saying how a plain folder was stored. Errors are one
 * line on stderr naming the source and the ref.
 */
@Command(name = "import",
        description = {"Import an action at a tag, branch or full commit SHA into the action store.",
                "From a git URL or repository: that ref and the tags of its history are fetched.",
                "From a plain folder: its files are committed as a tag when REF looks like a version (v1, v1.2.3),"
                        + " else as a branch."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:imported", "1:the source or the ref could not be imported", "2:usage error"})
final class ImportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OWNER/REPO@REF", description = "The action and ref, as in uses:.")
    private String action;

    @Option(names = "--from", required = true, paramLabel = "GIT_URL_OR_DIR",
            description = "A git URL, a local git repository, or a folder holding the action's files.")
    private String from;

    @Mixin
    private StoreOption store;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Optional<ActionRef> parsed = ActionRef.parse(action);
        if (parsed.isEmpty()) {
            return usage("expected OWNER/REPO@REF (such as actions/checkout@v4), got " + action);
        }
        ActionRef ref = parsed.get();
        if (!StoreFolder.validName(ref.owner(), ref.repo())) {
            return usage("not an action repository name: " + ref.owner() + "/" + ref.repo());
        }
        if (!ImportAction.validRef(ref.ref())) {
            return usage("not a tag, branch or commit SHA git allows: " + ref.ref());
        }
        String location = store.location();
        if (ActionStores.isUrl(location)) {
            return usage("the action store " + location + " is a git server; import into a folder store "
                    + "(--store DIR) and push its repositories to the server");
        }
        Optional<ImportSource> source = ImportSource.of(from);
        if (source.isEmpty()) {
            return usage("--from " + from + " is neither a git URL nor a folder");
        }
        ImportOutcome outcome = new ImportAction(new StoreFolder(Path.of(location)))
                .run(ref.owner(), ref.repo(), ref.ref(), source.get());
        return switch (outcome) {
            case ImportOutcome.Imported i -> {
                out.println("imported " + ref + " -> " + i.ref().sha() + (i.note().isEmpty() ? "" : " (" + i.note() + ")"));
                out.flush();
                yield 0;
            }
            case ImportOutcome.Failed f -> fail(f.message());
        };
    }

    private int usage(String message) {
        fail(message);
        return 2;
    }

    private int fail(String message) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("gantry actions import: " + message);
        err.flush();
        return 1;
    }
}
