package dev.gantry.server.store;

import java.util.Objects;

/**
 * What an audit record says, before the log gives it a sequence, a time and a hash: who did what to what, with the
 * details as a JSON object text (keys sorted, no spaces). Newlines and other control characters in the actor,
 * action and subject are replaced by {@code ?}, so the sealed input keeps one field per line.
 */
public record AuditEntry(String actor, String action, String subject, String details) {

    public static final int MAX_ACTOR = 255;
    public static final int MAX_SUBJECT = 1000;

    public AuditEntry {
        actor = clean(Objects.requireNonNull(actor, "actor"), MAX_ACTOR);
        action = clean(Objects.requireNonNull(action, "action"), 64);
        subject = clean(Objects.requireNonNull(subject, "subject"), MAX_SUBJECT);
        Objects.requireNonNull(details, "details");
        if (details.indexOf('\n') >= 0 || details.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("audit details must be compact JSON, without line breaks");
        }
    }

    private static String clean(String text, int max) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), max));
        text.codePoints().limit(max).forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return out.toString();
    }
}
