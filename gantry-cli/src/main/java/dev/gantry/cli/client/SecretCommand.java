package dev.gantry.cli.client;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code gantry secret}: a repository's Actions secrets on a Gantry server, as {@code gh secret} manages GitHub's. */
@Command(name = "secret",
        mixinStandardHelpOptions = true,
        description = "Set, list and delete the secrets a repository's workflows can use.",
        subcommands = {SetSecret.class, ListSecrets.class, DeleteSecret.class})
public final class SecretCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Name what to do: set, list or delete.");
    }
}
