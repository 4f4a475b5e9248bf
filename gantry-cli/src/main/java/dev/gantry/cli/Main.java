package dev.gantry.cli;

import dev.gantry.cli.actions.ActionsCommand;
import dev.gantry.cli.audit.AuditCommand;
import dev.gantry.cli.client.LogsCommand;
import dev.gantry.cli.client.RepoCommand;
import dev.gantry.cli.client.RunsCommand;
import dev.gantry.cli.client.SecretCommand;
import dev.gantry.cli.client.WorkflowCommand;
import dev.gantry.cli.demo.DemoCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code gantry} command: parses arguments and hands over to one subcommand. */
@Command(name = "gantry",
        mixinStandardHelpOptions = true,
        versionProvider = GantryVersion.class,
        description = "Self-hosted CI/CD that runs GitHub Actions workflows unchanged.",
        subcommands = {RunCommand.class, ValidateCommand.class, ExprCommand.class, ActionsCommand.class,
                ServerCommand.class, AgentCommand.class, DemoCommand.class, RunsCommand.class, LogsCommand.class,
                WorkflowCommand.class, RepoCommand.class, SecretCommand.class, AuditCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (0 ok, 1 failure, 2 usage error, 3 internal error). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** The configured command line, for callers (and tests) that redirect its output. */
    static CommandLine commandLine() {
        return new CommandLine(new Main())
                .setExecutionExceptionHandler(new InternalErrorHandler())
                .setCaseInsensitiveEnumValuesAllowed(true);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
