package dev.gantry.cli.client;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code gantry runs}: the runs on a Gantry server. */
@Command(name = "runs",
        mixinStandardHelpOptions = true,
        description = "List, view, watch, cancel and re-run the runs on a Gantry server.",
        subcommands = {ListRuns.class, ViewRun.class, WatchRun.class, CancelRun.class, RerunRun.class})
public final class RunsCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Name what to do: list, view, watch, cancel or rerun.");
    }
}
