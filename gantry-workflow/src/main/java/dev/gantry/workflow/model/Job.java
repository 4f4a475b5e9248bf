package dev.gantry.workflow.model;

import dev.gantry.workflow.diag.Span;
import java.util.List;
import java.util.Optional;

/** A job: either run on a runner ({@link RunnerJob}) or a call of a reusable workflow ({@link CallJob}). */
public sealed interface Job permits RunnerJob, CallJob {

    /** The job's key, as written. */
    Named id();

    /** The display name; defaults to the id. */
    Template<String> name();

    /** The jobs this one waits for; a single string in the source becomes a one-element list. */
    List<Named> needs();

    /** The condition; {@code success()} when not given. */
    Template<Boolean> condition();

    Optional<Permissions> permissions();

    Optional<Concurrency> concurrency();

    Optional<Template<Strategy>> strategy();

    Span span();
}
