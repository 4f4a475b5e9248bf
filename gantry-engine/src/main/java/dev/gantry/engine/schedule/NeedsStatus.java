package dev.gantry.engine.schedule;

/**
 * What the status functions return in a job's {@code if}, from the results of every job it depends on,
 * directly or through others (as on GitHub: a failure two hops up still makes {@code success()} false):
 * {@code success()} — none of them failed, was cancelled or skipped, and the run is not cancelled;
 * {@code failure()} — one of them failed; {@code cancelled()} — the run is cancelled; {@code always()} — true.
 * A job whose {@code continue-on-error} let it fail counts as succeeded.
 */
public record NeedsStatus(boolean success, boolean failure, boolean cancelled) {}
