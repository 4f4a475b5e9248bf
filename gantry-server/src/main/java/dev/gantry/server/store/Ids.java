package dev.gantry.server.store;

/** The typed ids of stored records, so a run id is never passed where a job id is meant. */
public final class Ids {

    private Ids() {}

    public record RepositoryId(long value) {}

    public record RunId(long value) {}

    public record JobId(long value) {}

    public record ScheduleId(long value) {}
}
