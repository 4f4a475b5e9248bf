package dev.gantry.cli.audit;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code gantry audit}: the server's tamper-evident audit log. */
@Command(name = "audit",
        mixinStandardHelpOptions = true,
        description = "Verify and export the server's hash-chained audit log.",
        subcommands = {VerifyAudit.class, ExportAudit.class})
public final class AuditCommand implements Runnable {

    static final int OK = 0;
    static final int BROKEN = 1;
    static final int USAGE = 2;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Name what to do: verify or export.");
    }
}
