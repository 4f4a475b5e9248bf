package dev.gantry.runner.log;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Replaces every registered secret in a text with {@value #MASK}, together with its transformed forms: base64
 * (standard and URL-safe, at the three byte offsets), double base64, URL-encoded, JSON-escaped and hex (see
 * {@link SecretEncoding}); each line of a multi-line secret is also registered on its own. Overlapping
 * occurrences are masked as one span.
 *
 * <p>All forms of all secrets are matched in one pass by an Aho-Corasick automaton, so the cost of
 * {@link #mask} grows with the text, not with the number of secrets. Values shorter than {@value #MIN_LENGTH}
 * characters are not masked (masking them would hide ordinary words); {@link #add} says so and the caller warns
 * once, see {@link #firstShortWarning()}.
 *
 * <p>Threads: one masker serves a whole job. {@link #add} may be called from any thread (the command
 * interceptor of a step) while other threads {@link #mask}: adds are serialized and publish a new immutable
 * automaton (copy on write, rebuilt from all forms in time linear in their total length), and a mask call sees
 * either the automaton before or after an add, never a partial one. A value is masked in every text masked
 * after its {@code add} returned.
 */
public final class SecretMasker {

    /** What replaces a secret. */
    public static final String MASK = "***";

    /** Values (and lines of multi-line values) shorter than this are not masked. */
    public static final int MIN_LENGTH = 4;

    /** What became of a value given to {@link #add}. */
    public enum Registration {
        /** The value (or at least one of its lines) will be masked. */
        MASKED,
        /** The value and each of its lines are shorter than {@value #MIN_LENGTH}: nothing will be masked. */
        TOO_SHORT,
        /** The value is empty or white space only: nothing to mask. */
        BLANK
    }

    private final Object addLock = new Object();
    private final Set<String> forms = new LinkedHashSet<>();
    private final AtomicBoolean shortWarned = new AtomicBoolean();
    private volatile MaskAutomaton automaton = MaskAutomaton.EMPTY;

    /** Registers a secret value; see the class comment for the forms that are masked. */
    public Registration add(String value) {
        return addAll(List.of(value));
    }

    /**
     * Registers several values with one rebuild of the automaton (use it for the secrets a job starts with).
     * Returns {@link Registration#MASKED} when any value will be masked, else {@code TOO_SHORT} when some
     * value was too short, else {@code BLANK}.
     */
    public Registration addAll(Iterable<String> values) {
        List<String> newForms = new ArrayList<>();
        Registration result = Registration.BLANK;
        for (String value : values) {
            Registration r = collect(value, newForms);
            if (r.ordinal() < result.ordinal()) {
                result = r;
            }
        }
        synchronized (addLock) {
            if (forms.addAll(newForms)) {
                automaton = new MaskAutomaton(List.copyOf(forms));
            }
        }
        return result;
    }

    private static Registration collect(String value, List<String> out) {
        if (value.isBlank()) {
            return Registration.BLANK;
        }
        Registration result = Registration.TOO_SHORT;
        if (value.length() >= MIN_LENGTH) {
            addForms(value, out);
            result = Registration.MASKED;
        }
        if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            for (String line : value.split("\r\n|\r|\n")) {
                if (!line.isBlank() && line.length() >= MIN_LENGTH) {
                    addForms(line, out);
                    result = Registration.MASKED;
                }
            }
        }
        return result;
    }

    private static void addForms(String value, List<String> out) {
        for (String form : SecretEncoding.allForms(value)) {
            if (form.length() >= MIN_LENGTH) {
                out.add(form);
            }
        }
    }

    /**
     * True exactly once per masker, the first time it is asked after a {@link Registration#TOO_SHORT} value:
     * lets every caller report the too-short warning without repeating it.
     */
    public boolean firstShortWarning() {
        return shortWarned.compareAndSet(false, true);
    }

    /** {@code text} with every occurrence of a registered form replaced by {@value #MASK}. */
    public String mask(String text) {
        MaskAutomaton current = automaton;
        MaskAutomaton.Spans found = new MaskAutomaton.Spans();
        current.find(text, found);
        return found.count() == 0 ? text : replace(text, found, text.length());
    }

    /**
     * Masks the part of a line fragment that no later fragment can change. Used when a very long line arrives in
     * pieces: returns the masked text up to a safe point and leaves the rest, unmasked, in {@code carry} to be
     * prepended to the next fragment. A form that could still be completed by the next fragment starts in the
     * carried part, so nothing is emitted that a longer view would have masked.
     */
    String maskPrefix(StringBuilder carry) {
        MaskAutomaton current = automaton;
        MaskAutomaton.Spans found = new MaskAutomaton.Spans();
        current.find(carry.toString(), found);
        int safe = Math.max(0, carry.length() - Math.max(0, current.longestPattern() - 1));
        for (int i = 0; i < found.count(); i++) {
            if (found.start(i) < safe && found.end(i) > safe) {
                safe = found.end(i);
            }
        }
        if (safe > 0 && safe < carry.length() && Character.isLowSurrogate(carry.charAt(safe))) {
            safe--;
        }
        String text = carry.substring(0, safe);
        String masked = replace(text, found, safe);
        carry.delete(0, safe);
        return masked;
    }

    /** The number of distinct forms registered (for diagnostics and benchmarks). */
    public int formCount() {
        synchronized (addLock) {
            return forms.size();
        }
    }

    private static String replace(String text, MaskAutomaton.Spans found, int limit) {
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (int i = 0; i < found.count() && found.start(i) < limit; i++) {
            out.append(text, at, found.start(i)).append(MASK);
            at = found.end(i);
        }
        return out.append(text, at, text.length()).toString();
    }
}
