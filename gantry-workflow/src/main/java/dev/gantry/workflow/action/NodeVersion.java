package dev.gantry.workflow.action;

import java.util.Locale;
import java.util.Optional;

/** The Node.js runtimes a JavaScript action may ask for in {@code runs.using}. */
public enum NodeVersion {
    NODE12, NODE16, NODE20, NODE24;

    /** As written in {@code runs.using}: {@code node20}. */
    public String using() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The runtime named by {@code using} (any case), if it is one. */
    public static Optional<NodeVersion> fromUsing(String using) {
        for (NodeVersion v : values()) {
            if (v.using().equalsIgnoreCase(using)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }
}
