package dev.gantry.cli.audit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.api.rest.GantryClientException;
import dev.gantry.server.audit.AuditChain;
import dev.gantry.server.audit.Verification;
import dev.gantry.server.store.Database;
import dev.gantry.server.store.StoreFailure;
import dev.gantry.server.store.StoreUnavailableException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code gantry audit verify}: walks the hash chain — offline in the database itself, or online by asking the
 * server — and prints whether it is intact. Exit 0 intact, 1 broken (the first broken record named), 2 when there
 * is nothing to verify (usage, no database, server unreachable or refusing).
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Check that no audit record was altered, deleted or reordered.")
final class VerifyAudit implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private AuditSource source;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int code = switch (source.resolve()) {
            case AuditSource.Place.Unusable u -> fail(err, u.message());
            case AuditSource.Place.Offline offline -> {
                try (Database db = Database.open(offline.location())) {
                    yield report(out, AuditChain.verify(db));
                } catch (StoreUnavailableException e) {
                    yield fail(err, AuditSource.trimmed(e.getMessage()));
                } catch (StoreFailure e) {
                    yield fail(err, "reading the audit log failed: " + e.getMessage());
                }
            }
            case AuditSource.Place.Online online -> {
                try {
                    yield report(out, online.client().auditVerification());
                } catch (GantryClientException e) {
                    yield fail(err, AuditSource.trimmed(e.getMessage()));
                }
            }
        };
        out.flush();
        err.flush();
        return code;
    }

    private static int report(PrintWriter out, Verification verification) {
        return switch (verification) {
            case Verification.Intact intact -> intact(out, intact.records(), intact.head());
            case Verification.Broken broken -> broken(out, broken.sequence(), broken.message());
        };
    }

    private static int report(PrintWriter out, JsonNode json) {
        return json.path("intact").asBoolean(false)
                ? intact(out, json.path("records").asLong(), json.path("head").asText())
                : broken(out, json.path("sequence").asLong(), json.path("message").asText());
    }

    private static int intact(PrintWriter out, long records, String head) {
        out.println("✓ The audit log is intact: " + records + " record" + (records == 1 ? "" : "s") + ", head "
                + head + ".");
        return AuditCommand.OK;
    }

    private static int broken(PrintWriter out, long sequence, String message) {
        out.println("✗ The audit log is broken at record " + sequence + ": " + message);
        return AuditCommand.BROKEN;
    }

    private int fail(PrintWriter err, String message) {
        err.println("gantry audit verify: " + message + ".");
        return AuditCommand.USAGE;
    }
}
