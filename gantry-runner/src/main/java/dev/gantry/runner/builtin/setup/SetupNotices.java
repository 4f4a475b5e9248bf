package dev.gantry.runner.builtin.setup;

import dev.gantry.runner.action.ActionCall;

/** The lines a setup action logs about inputs the built-in accepts but does not act on. */
final class SetupNotices {

    private SetupNotices() {}

    /** A notice when {@code cache:} asks for dependency caching, which the built-in leaves to actions/cache. */
    static void cache(ActionCall call, String action) {
        String cache = call.input("cache").strip();
        if (!cache.isEmpty() && !cache.equalsIgnoreCase("false")) {
            call.log("Notice: %s does not cache dependencies (cache: %s); use actions/cache for that".formatted(
                    action, cache));
        }
    }

    /** A warning for each of {@code inputs} that was given: the built-in does not do what it asks. */
    static void unsupported(ActionCall call, String action, String... inputs) {
        for (String input : inputs) {
            if (!call.input(input).isBlank()) {
                call.warning("%s: the input '%s' is not supported by the built-in %s and was ignored".formatted(
                        action, input, action));
            }
        }
    }
}
