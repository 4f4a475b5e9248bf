/**
 * GitHub's filter patterns for {@code on.<event>.branches}, {@code branches-ignore}, {@code tags},
 * {@code tags-ignore}, {@code paths} and {@code paths-ignore}, and the decisions GitHub makes with them.
 *
 * <p>Patterns are compiled once ({@link dev.gantry.workflow.filter.FilterPattern},
 * {@link dev.gantry.workflow.filter.PatternList}) and matched many times; a pattern that cannot be compiled is a
 * {@link dev.gantry.workflow.filter.PatternError} value with an offset, never an exception.
 * {@link dev.gantry.workflow.filter.TriggerFilter} answers "does this ref and this diff start the workflow?".
 *
 * <p>Imports only the JDK. Knows nothing of YAML, events or the workflow model: callers hand it strings.
 */
package dev.gantry.workflow.filter;
