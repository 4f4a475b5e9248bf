package dev.gantry.cli.client;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code gantry repo}: the repositories a Gantry server builds. */
@Command(name = "repo",
        mixinStandardHelpOptions = true,
        description = "Create and list the repositories a Gantry server builds.",
        subcommands = {CreateRepository.class, ListRepositories.class})
public final class RepoCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Name what to do: create or list.");
    }
}
