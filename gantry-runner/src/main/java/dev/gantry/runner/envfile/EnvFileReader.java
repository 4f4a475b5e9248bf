package dev.gantry.runner.envfile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reads the env files a step wrote, after the step ended, and applies the rules GitHub enforces. The executor
 * creates each file empty before the step, passes its path in the variable {@link EnvFileKind#variable()}, and
 * reads it here afterwards; a file the step deleted counts as empty. Text is UTF-8 (a byte-order mark, as
 * Windows PowerShell writes, is ignored). Blocking file I/O on the calling thread; never throws: an unreadable
 * file is a {@link EnvFileResult.Malformed} with line 0.
 *
 * <p>Rules: {@code GITHUB_ENV} may not set {@code NODE_OPTIONS} (any case), as GitHub refuses it since runner
 * 2.309. Names are case-sensitive, as on GitHub's Linux and macOS runners. Default variables {@code GITHUB_*} and
 * {@code RUNNER_*} set through {@code GITHUB_ENV} are kept but cannot override the defaults: the executor sets
 * the defaults after the env file's values (see {@link #isDefaultVariable}).
 */
public final class EnvFileReader {

    private EnvFileReader() {}

    /** {@code GITHUB_ENV}: variables for the following steps. */
    public static EnvFileResult<List<EnvEntry>> env(Path file) {
        EnvFileResult<List<EnvEntry>> parsed = keyValues(EnvFileKind.ENV, file);
        if (parsed instanceof EnvFileResult.Read<List<EnvEntry>> read) {
            for (EnvEntry entry : read.value()) {
                if (entry.name().toUpperCase(Locale.ROOT).equals("NODE_OPTIONS")) {
                    return new EnvFileResult.Malformed<>(new EnvFileError(EnvFileKind.ENV, entry.line(),
                            "can't store NODE_OPTIONS through GITHUB_ENV; set it in the step's env instead"));
                }
            }
        }
        return parsed;
    }

    /** {@code GITHUB_OUTPUT}: the step's outputs. */
    public static EnvFileResult<List<EnvEntry>> output(Path file) {
        return keyValues(EnvFileKind.OUTPUT, file);
    }

    /** {@code GITHUB_STATE}: values for the action's post step ({@code STATE_<name>}). */
    public static EnvFileResult<List<EnvEntry>> state(Path file) {
        return keyValues(EnvFileKind.STATE, file);
    }

    /** {@code GITHUB_PATH}: directories to prepend, in file order; apply them with {@link PrependedPath#with}. */
    public static EnvFileResult<List<String>> path(Path file) {
        return switch (read(EnvFileKind.PATH, file)) {
            case EnvFileResult.Read<String> text -> new EnvFileResult.Read<>(PathParser.parse(text.value()));
            case EnvFileResult.Malformed<String> m -> new EnvFileResult.Malformed<>(m.error());
        };
    }

    /** {@code GITHUB_STEP_SUMMARY}: the step's Markdown summary, unread when over the limit. */
    public static EnvFileResult<StepSummary> summary(Path file) {
        try {
            long size = Files.exists(file) ? Files.size(file) : 0;
            if (size > StepSummary.MAX_BYTES) {
                return new EnvFileResult.Read<>(new StepSummary.TooLarge(size));
            }
        } catch (IOException e) {
            return unreadable(EnvFileKind.STEP_SUMMARY, file, e);
        }
        return switch (read(EnvFileKind.STEP_SUMMARY, file)) {
            case EnvFileResult.Read<String> text -> new EnvFileResult.Read<>(text.value().isBlank()
                    ? new StepSummary.Empty() : new StepSummary.Markdown(text.value()));
            case EnvFileResult.Malformed<String> m -> new EnvFileResult.Malformed<>(m.error());
        };
    }

    /** Whether {@code name} is one of the default variables a step's env file cannot override. */
    public static boolean isDefaultVariable(String name) {
        return name.startsWith("GITHUB_") || name.startsWith("RUNNER_");
    }

    private static EnvFileResult<List<EnvEntry>> keyValues(EnvFileKind kind, Path file) {
        return switch (read(kind, file)) {
            case EnvFileResult.Read<String> text -> KeyValueParser.parse(kind, text.value());
            case EnvFileResult.Malformed<String> m -> new EnvFileResult.Malformed<>(m.error());
        };
    }

    private static EnvFileResult<String> read(EnvFileKind kind, Path file) {
        try {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            return new EnvFileResult.Read<>(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (NoSuchFileException e) {
            return new EnvFileResult.Read<>("");
        } catch (IOException e) {
            return unreadable(kind, file, e);
        }
    }

    private static <T> EnvFileResult<T> unreadable(EnvFileKind kind, Path file, Throwable e) {
        return new EnvFileResult.Malformed<>(new EnvFileError(kind, 0, "cannot read " + file.getFileName() + ": "
                + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage())));
    }
}
