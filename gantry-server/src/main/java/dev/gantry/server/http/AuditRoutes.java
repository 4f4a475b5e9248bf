package dev.gantry.server.http;

import dev.gantry.server.audit.AuditAction;
import dev.gantry.server.audit.AuditChain;
import dev.gantry.server.audit.AuditDetails;
import dev.gantry.server.audit.Verification;
import dev.gantry.server.store.AuditQuery;
import dev.gantry.server.store.AuditRecord;
import dev.gantry.server.store.AuditStore;
import dev.gantry.server.store.Database;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The audit log's routes, for admins only (403 for any other token):
 * <ul>
 *   <li>{@code GET /api/v1/audit?actor=&action=&subject=&since=&until=&per_page=&page=} → 200
 *       {@code {"total_count", "records": [...]}}, oldest first; {@code subject} ending in {@code *} matches by
 *       prefix; {@code since} (inclusive) and {@code until} (exclusive) are instants ({@code 2025-01-31T09:00:00Z})
 *       or dates (midnight UTC); {@code per_page} 1–100, default 30</li>
 *   <li>{@code GET /api/v1/audit/verify} → 200 {@code {"intact": true, "records", "head"}} or
 *       {@code {"intact": false, "sequence", "problem", "message"}}</li>
 * </ul>
 * A bad parameter is a 422 naming it. Handlers run on virtual threads and block on the database; verification
 * reads the whole log.
 */
public final class AuditRoutes implements ApiModule {

    static final int DEFAULT_PER_PAGE = 30;
    static final int MAX_PER_PAGE = 100;

    private final Database db;
    private final AuditStore store;
    private final Predicate<String> admin;

    private AuditRoutes(Database db, Predicate<String> admin) {
        this.db = db;
        this.store = new AuditStore(db);
        this.admin = admin;
    }

    /** The routes over {@code db}'s audit log, readable by the actors {@code admin} accepts (token names). */
    public static AuditRoutes of(Database db, Predicate<String> admin) {
        return new AuditRoutes(db, admin);
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/v1/audit", this::list);
        routes.get("/api/v1/audit/verify", this::verify);
    }

    /** A record as the API and {@code gantry audit export} show it. */
    public static Map<String, Object> json(AuditRecord record) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("sequence", record.sequence());
        json.put("time", record.timeText());
        json.put("actor", record.actor());
        json.put("action", record.action());
        json.put("subject", record.subject());
        json.put("details", AuditDetails.parse(record.details()).map(Object.class::cast).orElse(record.details()));
        json.put("previous_hash", record.previousHash());
        json.put("hash", record.hash());
        return json;
    }

    /** A verification as the API shows it. */
    public static Map<String, Object> json(Verification verification) {
        Map<String, Object> json = new LinkedHashMap<>();
        switch (verification) {
            case Verification.Intact intact -> {
                json.put("intact", true);
                json.put("records", intact.records());
                json.put("head", intact.head());
            }
            case Verification.Broken broken -> {
                json.put("intact", false);
                json.put("sequence", broken.sequence());
                json.put("problem", broken.problem().name().toLowerCase(java.util.Locale.ROOT));
                json.put("message", broken.message());
            }
        }
        return json;
    }

    private void list(Context ctx) {
        requireAdmin(ctx);
        Optional<String> action = parameter(ctx, "action");
        action.filter(name -> AuditAction.named(name).isEmpty()).ifPresent(name -> {
            throw ApiRefusal.unprocessable("The action \"" + name + "\" is not one the audit log records.");
        });
        AuditQuery query = new AuditQuery(parameter(ctx, "actor"), action, parameter(ctx, "subject"),
                time(ctx, "since"), time(ctx, "until"), number(ctx, "page", 1, Integer.MAX_VALUE, 1),
                number(ctx, "per_page", 1, MAX_PER_PAGE, DEFAULT_PER_PAGE));
        AuditStore.Page page = store.query(query);
        Json.send(ctx, 200, Map.of("total_count", page.totalCount(),
                "records", page.records().stream().map(AuditRoutes::json).toList()));
    }

    private void verify(Context ctx) {
        requireAdmin(ctx);
        Json.send(ctx, 200, json(AuditChain.verify(db)));
    }

    private void requireAdmin(Context ctx) {
        if (!admin.test(Actor.of(ctx))) {
            throw new ApiRefusal(403, "The audit log is readable with an admin token only.");
        }
    }

    private static Optional<String> parameter(Context ctx, String name) {
        return Optional.ofNullable(ctx.queryParam(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static int number(Context ctx, String name, int min, int max, int fallback) {
        Optional<String> text = parameter(ctx, name);
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.get());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw ApiRefusal.unprocessable("The parameter \"" + name + "\" must be a whole number from " + min
                + (max == Integer.MAX_VALUE ? " up" : " to " + max) + ", not \"" + text.get() + "\".");
    }

    private static Optional<Instant> time(Context ctx, String name) {
        Optional<String> text = parameter(ctx, name);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(text.get()));
        } catch (DateTimeParseException notInstant) {
            try {
                return Optional.of(LocalDate.parse(text.get()).atStartOfDay(ZoneOffset.UTC).toInstant());
            } catch (DateTimeParseException notDate) {
                throw ApiRefusal.unprocessable("The parameter \"" + name + "\" must be a time such as "
                        + "2025-01-31T09:00:00Z or a date such as 2025-01-31, not \"" + text.get() + "\".");
            }
        }
    }
}
