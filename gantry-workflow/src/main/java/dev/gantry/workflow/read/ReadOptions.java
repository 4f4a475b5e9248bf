package dev.gantry.workflow.read;

import dev.gantry.workflow.yaml.YamlLimits;

/**
 * How a workflow is read: the YAML limits and experimental syntax.
 *
 * @param backgroundSteps accept the experimental {@code background}, {@code wait}, {@code wait-all} and
 *                        {@code cancel} step keys
 */
public record ReadOptions(YamlLimits limits, boolean backgroundSteps) {

    public static final ReadOptions DEFAULT = new ReadOptions(YamlLimits.DEFAULT, false);

    public ReadOptions withLimits(YamlLimits newLimits) {
        return new ReadOptions(newLimits, backgroundSteps);
    }

    public ReadOptions withBackgroundSteps(boolean enabled) {
        return new ReadOptions(limits, enabled);
    }
}
