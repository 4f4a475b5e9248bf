package dev.gantry.workflow.read;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the reader gets the source of a called (reusable) workflow: the port between the pure reader and whatever
 * holds workflow files (a repository checkout, an action store, test data).
 *
 * <p>Contract: the reader calls {@link #fetch} on its own thread, synchronously, once for every call job it
 * checks (the same reference may be asked for more than once), with the {@code uses} reference exactly as written:
 * {@code ./.github/workflows/x.yml} for a workflow of the same repository, or
 * {@code owner/repo/.github/workflows/x.yml@ref}. References holding an expression are never asked for.
 * An implementation may block for I/O but must not throw for a reference it cannot serve: it answers
 * {@link Fetched.NotServed} when it has no way to know (a remote reference without an action store), and
 * {@link Fetched.Missing} when it knows the file does not exist there. {@link #NONE} serves nothing, so reading
 * one file alone checks no calls.
 */
@FunctionalInterface
public interface CalledWorkflows {

    /** What a fetch found. */
    sealed interface Fetched {

        /** The workflow's source text. */
        record Source(String text) implements Fetched {
            public Source {
                Objects.requireNonNull(text, "text");
            }
        }

        /** The reference names a workflow this resolver would hold, and it does not exist; {@code reason} says why. */
        record Missing(String reason) implements Fetched {
            public Missing {
                Objects.requireNonNull(reason, "reason");
            }
        }

        /** This resolver cannot tell: the call is not checked. */
        record NotServed() implements Fetched {}
    }

    Fetched fetch(String reference);

    /** Serves nothing: calls are left unchecked. */
    CalledWorkflows NONE = reference -> new Fetched.NotServed();

    /** Serves the given sources by exact reference; others are not served. */
    static CalledWorkflows of(Map<String, String> sources) {
        Map<String, String> copy = Map.copyOf(new LinkedHashMap<>(sources));
        return reference -> Optional.ofNullable(copy.get(reference))
                .<Fetched>map(Fetched.Source::new)
                .orElseGet(Fetched.NotServed::new);
    }
}
