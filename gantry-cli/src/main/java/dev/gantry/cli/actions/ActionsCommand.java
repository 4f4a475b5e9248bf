package dev.gantry.cli.actions;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code gantry actions}: the group; without a subcommand it prints its usage and exits 2. */
@Command(name = "actions",
        description = {"Fill and show the offline action store that uses: owner/repo@ref steps are resolved from.",
                "The store is --store, else $GANTRY_ACTION_STORE, else $GANTRY_HOME/actions (~/.gantry/actions)."},
        subcommands = {ImportCommand.class, ListCommand.class})
public final class ActionsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }
}
