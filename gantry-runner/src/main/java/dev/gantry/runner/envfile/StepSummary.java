package dev.gantry.runner.envfile;

import java.util.Objects;

/**
 * What a step wrote to {@code GITHUB_STEP_SUMMARY}: Markdown passed through as written, up to GitHub's limit of
 * {@value #MAX_BYTES} bytes per step; a larger summary is dropped whole, with a warning, as GitHub does. The
 * text is raw: mask it before it is shown or stored.
 */
public sealed interface StepSummary {

    /** GitHub's limit for one step's summary: 1 MiB. */
    int MAX_BYTES = 1024 * 1024;

    /** The step wrote nothing (or only white space). */
    record Empty() implements StepSummary {}

    record Markdown(String text) implements StepSummary {
        public Markdown {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Over the limit: not shown. {@link #warning()} is the message to show instead. */
    record TooLarge(long bytes) implements StepSummary {
        public String warning() {
            return "$GITHUB_STEP_SUMMARY upload aborted, supports content up to a size of " + MAX_BYTES / 1024
                    + "k, got " + (bytes + 1023) / 1024 + "k.";
        }
    }
}
