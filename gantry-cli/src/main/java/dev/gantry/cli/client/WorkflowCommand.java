package dev.gantry.cli.client;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code gantry workflow}: the workflows of a repository on a Gantry server. */
@Command(name = "workflow",
        mixinStandardHelpOptions = true,
        description = "Start workflows on a Gantry server.",
        subcommands = {DispatchWorkflow.class})
public final class WorkflowCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Name what to do: run.");
    }
}
