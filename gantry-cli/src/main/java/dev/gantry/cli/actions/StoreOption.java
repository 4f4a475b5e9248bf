package dev.gantry.cli.actions;

import dev.gantry.cli.GantryHome;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The {@code --store DIR_OR_URL} option the {@code actions} commands share. */
final class StoreOption {

    @Option(names = "--store", paramLabel = "DIR_OR_URL",
            description = "The action store: a folder, or a git server URL (default: $GANTRY_ACTION_STORE, "
                    + "else $GANTRY_HOME/actions).")
    private String store;

    /** The store this command works on. */
    String location() {
        return GantryHome.current().actionStore(Optional.ofNullable(store), System.getenv());
    }
}
