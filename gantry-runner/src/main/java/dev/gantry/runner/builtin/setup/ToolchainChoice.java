package dev.gantry.runner.builtin.setup;

import dev.gantry.runner.action.ActionFailure;
import dev.gantry.runner.toolchain.Installations;
import dev.gantry.runner.toolchain.Toolchain;
import dev.gantry.runner.toolchain.VersionRange;

/**
 * Picks the toolchain a setup action uses: the highest installed version in the requested range, or a failure
 * that lists every version found.
 *
 * @param action   {@code setup-node}, as messages name it
 * @param language {@code Node.js}, as messages name it
 */
record ToolchainChoice(String action, String language) {

    /**
     * The toolchain for {@code spec}; an empty spec takes the first one found (the one on {@code PATH}).
     *
     * @throws ActionFailure when the spec is no version range or nothing installed matches it
     */
    Toolchain choose(String spec, Installations found) throws ActionFailure {
        if (spec.isBlank()) {
            return found.first().orElseThrow(() -> new ActionFailure(
                    "%s: no %s was found on this host".formatted(action, language)));
        }
        VersionRange range = VersionRange.parse(spec).orElseThrow(() -> new ActionFailure(
                "%s: '%s' is not a version or version range (examples: 20, 20.x, >=18 <21, ^1.2.3)".formatted(
                        action, spec)));
        return found.best(range).orElseThrow(() -> new ActionFailure(
                "%s: no %s matching '%s' on this host; found %s".formatted(action, language, spec, found.describe())));
    }
}
