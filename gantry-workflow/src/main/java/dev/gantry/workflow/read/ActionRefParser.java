package dev.gantry.workflow.read;

import dev.gantry.workflow.model.ActionRef;
import java.util.Optional;

/** Parses the {@code uses} of a step: {@code owner/repo[/path]@ref}, {@code ./path} or {@code docker://image}. */
public final class ActionRefParser {

    private ActionRefParser() {}

    /** The reference, or empty when {@code text} has none of the three forms. */
    public static Optional<ActionRef> parse(String text) {
        if (text.startsWith("docker://")) {
            return Optional.of(new ActionRef.Docker(text.substring("docker://".length()), text));
        }
        if (text.startsWith("./") || text.startsWith(".\\")) {
            return Optional.of(new ActionRef.Local(text, text));
        }
        int at = text.lastIndexOf('@');
        if (at <= 0 || at == text.length() - 1) {
            return Optional.empty();
        }
        String[] segments = text.substring(0, at).split("/", -1);
        if (segments.length < 2 || segments[0].isEmpty() || segments[1].isEmpty()) {
            return Optional.empty();
        }
        String path = segments.length > 2 ? text.substring(segments[0].length() + segments[1].length() + 2, at) : "";
        return Optional.of(new ActionRef.Repository(segments[0], segments[1],
                path.isEmpty() ? Optional.empty() : Optional.of(path), text.substring(at + 1), text));
    }

    /** The step id GitHub generates for a step using {@code ref}, before collision suffixes: {@code __actions_checkout}. */
    public static String generatedId(ActionRef ref) {
        String base = switch (ref) {
            case ActionRef.Repository r -> r.owner() + "_" + r.repo();
            case ActionRef.Local l -> "self";
            case ActionRef.Docker d -> d.image().replace(':', '_').replace('/', '_');
        };
        return "__" + base;
    }
}
