package dev.gantry.runner.builtin.artifact;

import dev.gantry.runner.action.ActionCall;
import dev.gantry.runner.action.ActionFailure;
import dev.gantry.runner.builtin.input.Inputs;
import java.util.Optional;

/**
 * The inputs of {@code upload-artifact} v4, checked as the action checks them.
 *
 * @param retentionDays the days to keep it: 0 or empty means the default of 90, more than 90 is cut to 90 with a
 *                      warning (as a repository's maximum does on GitHub)
 */
record UploadRequest(String name, String path, NoFiles ifNoFilesFound, int retentionDays, int compressionLevel,
                     boolean overwrite, boolean includeHidden) {

    static final int MAX_RETENTION_DAYS = 90;

    /** What to do when the path finds no file. */
    enum NoFiles { WARN, ERROR, IGNORE }

    static UploadRequest of(ActionCall call) throws ActionFailure {
        String name = call.input("name").strip();
        String path = call.input("path");
        if (path.isBlank()) {
            throw new ActionFailure("Input required and not supplied: path");
        }
        String noFiles = call.input("if-no-files-found").strip();
        NoFiles ifNoFilesFound = switch (noFiles) {
            case "", "warn" -> NoFiles.WARN;
            case "error" -> NoFiles.ERROR;
            case "ignore" -> NoFiles.IGNORE;
            default -> throw new ActionFailure(("Unrecognized if-no-files-found input. Provided: %s. "
                    + "Available options: warn, error, ignore").formatted(noFiles));
        };
        int retention = number(call, "retention-days").orElse(0);
        if (retention < 0) {
            throw new ActionFailure("Invalid retention-days: %d. It must be a number of days from 1 to %d, or 0 for the default."
                    .formatted(retention, MAX_RETENTION_DAYS));
        }
        if (retention > MAX_RETENTION_DAYS) {
            call.warning(("Retention days cannot be greater than the maximum allowed retention set within the "
                    + "repository. Using %d instead.").formatted(MAX_RETENTION_DAYS));
        }
        retention = retention == 0 ? MAX_RETENTION_DAYS : Math.min(retention, MAX_RETENTION_DAYS);
        int level = number(call, "compression-level").orElse(6);
        if (level < 0 || level > 9) {
            throw new ActionFailure("Invalid compression-level: %d. Valid values are 0-9.".formatted(level));
        }
        return new UploadRequest(name.isEmpty() ? "artifact" : name, path, ifNoFilesFound, retention, level,
                Inputs.bool(call, "overwrite"), Inputs.bool(call, "include-hidden-files"));
    }

    private static Optional<Integer> number(ActionCall call, String input) throws ActionFailure {
        String text = call.input(input).strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(text));
        } catch (NumberFormatException e) {
            throw new ActionFailure("Invalid %s: '%s' is not a whole number.".formatted(input, text));
        }
    }
}
