package dev.gantry.workflow.model;

import dev.gantry.workflow.diag.Span;
import java.util.Optional;

/**
 * One step of a job.
 *
 * @param id          the step id; generated ({@code __run}, {@code __actions_checkout_2}) when not given
 * @param generatedId true when {@code id} was generated
 * @param condition   {@code success()} when not given
 */
public record Step(Named id, boolean generatedId, Optional<Template<String>> name, Template<Boolean> condition,
                   StepAction action, EnvMap env, Template<Boolean> continueOnError,
                   Optional<Template<Double>> timeoutMinutes, Span span) {}
