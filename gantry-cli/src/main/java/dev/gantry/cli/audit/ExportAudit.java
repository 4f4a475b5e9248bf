package dev.gantry.cli.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.api.rest.GantryClientException;
import dev.gantry.server.audit.AuditAction;
import dev.gantry.server.http.AuditRoutes;
import dev.gantry.server.store.AuditQuery;
import dev.gantry.server.store.AuditStore;
import dev.gantry.server.store.Database;
import dev.gantry.server.store.StoreFailure;
import dev.gantry.server.store.StoreUnavailableException;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gantry audit export [--since T] [--until T] [--actor A] [--action X] [--subject S]}: writes the matching
 * audit records to standard output as JSON lines, oldest first, in the shape of {@code GET /api/v1/audit}. Reads
 * page by page, so a long log streams. Exit 0 when written, 2 when the log cannot be read or an option is bad.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write audit records as JSON lines, oldest first.")
final class ExportAudit implements Callable<Integer> {

    private static final int PAGE = 100;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    private CommandSpec spec;

    @Mixin
    private AuditSource source;

    @Option(names = "--since", paramLabel = "TIME", description = "Only records from this time (2025-01-31 or "
            + "2025-01-31T09:00:00Z) on.")
    private Optional<String> since = Optional.empty();

    @Option(names = "--until", paramLabel = "TIME", description = "Only records before this time.")
    private Optional<String> until = Optional.empty();

    @Option(names = "--actor", paramLabel = "NAME", description = "Only records of this actor.")
    private Optional<String> actor = Optional.empty();

    @Option(names = "--action", paramLabel = "ACTION", description = "Only records of this action (run.cancelled…).")
    private Optional<String> action = Optional.empty();

    @Option(names = "--subject", paramLabel = "SUBJECT",
            description = "Only records about this subject (repo:acme/shop, run:42; a trailing * matches a prefix).")
    private Optional<String> subject = Optional.empty();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int code;
        try {
            Optional<Instant> from = time("--since", since);
            Optional<Instant> to = time("--until", until);
            action.filter(a -> AuditAction.named(a).isEmpty()).ifPresent(a -> {
                throw new IllegalArgumentException("the action \"" + a + "\" is not one the audit log records");
            });
            code = switch (source.resolve()) {
                case AuditSource.Place.Unusable u -> fail(err, u.message());
                case AuditSource.Place.Offline offline -> offline(offline, from, to, out, err);
                case AuditSource.Place.Online online -> online(online, out, err);
            };
        } catch (IllegalArgumentException e) {
            code = fail(err, e.getMessage());
        }
        out.flush();
        err.flush();
        return code;
    }

    private int offline(AuditSource.Place.Offline offline, Optional<Instant> from, Optional<Instant> to,
                        PrintWriter out, PrintWriter err) {
        try (Database db = Database.open(offline.location())) {
            AuditStore store = new AuditStore(db);
            for (int page = 1; ; page++) {
                var records = store.query(new AuditQuery(actor, action, subject, from, to, page, PAGE)).records();
                for (var record : records) {
                    out.println(JSON.writeValueAsString(AuditRoutes.json(record)));
                }
                if (records.size() < PAGE) {
                    return AuditCommand.OK;
                }
            }
        } catch (StoreUnavailableException e) {
            return fail(err, AuditSource.trimmed(e.getMessage()));
        } catch (StoreFailure | com.fasterxml.jackson.core.JsonProcessingException e) {
            return fail(err, "reading the audit log failed: " + e.getMessage());
        }
    }

    private int online(AuditSource.Place.Online online, PrintWriter out, PrintWriter err) {
        Map<String, String> filters = new LinkedHashMap<>();
        actor.ifPresent(v -> filters.put("actor", v));
        action.ifPresent(v -> filters.put("action", v));
        subject.ifPresent(v -> filters.put("subject", v));
        since.ifPresent(v -> filters.put("since", v));
        until.ifPresent(v -> filters.put("until", v));
        try {
            for (int page = 1; ; page++) {
                JsonNode records = online.client().auditRecords(filters, page, PAGE).path("records");
                records.forEach(record -> out.println(record.toString()));
                if (records.size() < PAGE) {
                    return AuditCommand.OK;
                }
            }
        } catch (GantryClientException e) {
            return fail(err, AuditSource.trimmed(e.getMessage()));
        }
    }

    private static Optional<Instant> time(String option, Optional<String> text) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(text.get()));
        } catch (DateTimeParseException notInstant) {
            try {
                return Optional.of(LocalDate.parse(text.get()).atStartOfDay(ZoneOffset.UTC).toInstant());
            } catch (DateTimeParseException notDate) {
                throw new IllegalArgumentException(option + " must be a time such as 2025-01-31T09:00:00Z or a date "
                        + "such as 2025-01-31, not \"" + text.get() + "\"");
            }
        }
    }

    private static int fail(PrintWriter err, String message) {
        err.println("gantry audit export: " + message + ".");
        return AuditCommand.USAGE;
    }
}
