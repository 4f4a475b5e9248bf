package dev.gantry.runner.host;

import dev.gantry.runner.envfile.EnvEntry;
import dev.gantry.runner.envfile.EnvFileError;
import dev.gantry.runner.envfile.EnvFileKind;
import dev.gantry.runner.envfile.EnvFileReader;
import dev.gantry.runner.envfile.EnvFileResult;
import dev.gantry.runner.envfile.StepSummary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The env files of one step: empty before it runs, at fresh names per step ({@link SpareFiles}), read after it ended.
 *
 * @param files by kind; the step finds each path in the variable {@link EnvFileKind#variable()}
 */
record StepFiles(Map<EnvFileKind, Path> files) {

    StepFiles {
        files = Map.copyOf(files);
    }

    /** What the files said, and the problems of the malformed ones (whose content is not applied). */
    record Effects(Map<String, String> env, List<String> path, Map<String, String> outputs,
                   Map<String, String> state, StepSummary summary, List<EnvFileError> errors) {
        Effects {
            env = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(env));
            state = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(state));
            path = List.copyOf(path);
            outputs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(outputs));
            errors = List.copyOf(errors);
        }
    }

    /** The variables naming the files. */
    Map<String, String> variables() {
        Map<String, String> out = new LinkedHashMap<>();
        files.forEach((kind, file) -> out.put(kind.variable(), file.toString()));
        return out;
    }

    Effects read() {
        List<EnvFileError> errors = new ArrayList<>();
        Map<String, String> env = new LinkedHashMap<>();
        entries(EnvFileReader.env(files.get(EnvFileKind.ENV)), errors).forEach(e -> env.put(e.name(), e.value()));
        List<String> path = switch (EnvFileReader.path(files.get(EnvFileKind.PATH))) {
            case EnvFileResult.Read<List<String>> r -> r.value();
            case EnvFileResult.Malformed<List<String>> m -> {
                errors.add(m.error());
                yield List.of();
            }
        };
        Map<String, String> outputs = new LinkedHashMap<>();
        entries(EnvFileReader.output(files.get(EnvFileKind.OUTPUT)), errors)
                .forEach(e -> outputs.put(e.name(), e.value()));
        Map<String, String> state = new LinkedHashMap<>();
        entries(EnvFileReader.state(files.get(EnvFileKind.STATE)), errors).forEach(e -> state.put(e.name(), e.value()));
        StepSummary summary = switch (EnvFileReader.summary(files.get(EnvFileKind.STEP_SUMMARY))) {
            case EnvFileResult.Read<StepSummary> r -> r.value();
            case EnvFileResult.Malformed<StepSummary> m -> {
                errors.add(m.error());
                yield new StepSummary.Empty();
            }
        };
        return new Effects(env, path, outputs, state, summary, errors);
    }

    Optional<Path> file(EnvFileKind kind) {
        return Optional.ofNullable(files.get(kind));
    }

    private static List<EnvEntry> entries(EnvFileResult<List<EnvEntry>> result, List<EnvFileError> errors) {
        return switch (result) {
            case EnvFileResult.Read<List<EnvEntry>> r -> r.value();
            case EnvFileResult.Malformed<List<EnvEntry>> m -> {
                errors.add(m.error());
                yield List.of();
            }
        };
    }
}
