package dev.gantry.workflow.read;

import dev.gantry.workflow.yaml.YamlLimits;
import java.util.Objects;

/**
 * How a workflow is read: the YAML limits, experimental syntax, and how calls of reusable workflows are checked.
 *
 * @param backgroundSteps    accept the experimental {@code background}, {@code wait}, {@code wait-all} and
 *                           {@code cancel} step keys
 * @param calledWorkflows    where called workflows come from; {@link CalledWorkflows#NONE} checks no call
 * @param callLimits         limits on jobs, call depth and distinct called workflows
 * @param defaultPermissions what the caller's token holds when its workflow names no permissions
 */
public record ReadOptions(YamlLimits limits, boolean backgroundSteps, CalledWorkflows calledWorkflows,
                          CallLimits callLimits, DefaultPermissions defaultPermissions) {

    public static final ReadOptions DEFAULT = new ReadOptions(YamlLimits.DEFAULT, false, CalledWorkflows.NONE,
            CallLimits.DEFAULT, DefaultPermissions.PERMISSIVE);

    public ReadOptions {
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(calledWorkflows, "calledWorkflows");
        Objects.requireNonNull(callLimits, "callLimits");
        Objects.requireNonNull(defaultPermissions, "defaultPermissions");
    }

    public ReadOptions withLimits(YamlLimits newLimits) {
        return new ReadOptions(newLimits, backgroundSteps, calledWorkflows, callLimits, defaultPermissions);
    }

    public ReadOptions withBackgroundSteps(boolean enabled) {
        return new ReadOptions(limits, enabled, calledWorkflows, callLimits, defaultPermissions);
    }

    public ReadOptions withCalledWorkflows(CalledWorkflows resolver) {
        return new ReadOptions(limits, backgroundSteps, resolver, callLimits, defaultPermissions);
    }

    public ReadOptions withCallLimits(CallLimits newLimits) {
        return new ReadOptions(limits, backgroundSteps, calledWorkflows, newLimits, defaultPermissions);
    }

    public ReadOptions withDefaultPermissions(DefaultPermissions permissions) {
        return new ReadOptions(limits, backgroundSteps, calledWorkflows, callLimits, permissions);
    }
}
