package dev.gantry.runner.builtin.input;

import dev.gantry.runner.action.ActionCall;
import dev.gantry.runner.action.ActionFailure;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Reading a built-in action's inputs as {@code @actions/core} does. Stateless. */
public final class Inputs {

    private Inputs() {}

    /**
     * A boolean input ({@code core.getBooleanInput}): {@code true | True | TRUE | false | False | FALSE}; an empty
     * input is {@code false}; anything else fails the step naming the input.
     */
    public static boolean bool(ActionCall call, String name) throws ActionFailure {
        String value = call.input(name).strip();
        return switch (value) {
            case "true", "True", "TRUE" -> true;
            case "false", "False", "FALSE", "" -> false;
            default -> throw new ActionFailure("Input '%s' must be one of true, True, TRUE, false, False or FALSE, not '%s'."
                    .formatted(name, value));
        };
    }

    /** A multi-line input's non-blank lines, each stripped ({@code getInputAsArray} of the cache action). */
    public static List<String> lines(ActionCall call, String name) {
        return Arrays.stream(call.input(name).split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The home folder {@code ~} stands for: the step's {@code HOME}, else the runner's. */
    public static Path home(ActionCall call) {
        String home = call.environment().getOrDefault("HOME", "");
        return Path.of(home.isEmpty() ? System.getProperty("user.home") : home).toAbsolutePath().normalize();
    }

    /** {@code path} relative to the workspace, with a leading {@code ~} for the home folder (download paths). */
    public static Path resolve(ActionCall call, String path) {
        if (path.equals("~") || path.startsWith("~/")) {
            return home(call).resolve(path.equals("~") ? "" : path.substring(2)).normalize();
        }
        return call.workspace().toAbsolutePath().resolve(path).normalize();
    }
}
