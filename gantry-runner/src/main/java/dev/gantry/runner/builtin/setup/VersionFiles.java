package dev.gantry.runner.builtin.setup;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.runner.action.ActionCall;
import dev.gantry.runner.action.ActionFailure;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the version a {@code *-version-file} input names, relative to the workspace: {@code .nvmrc},
 * {@code .node-version}, {@code package.json} ({@code volta.node}, then {@code engines.node}),
 * {@code .java-version}, {@code .python-version}, {@code go.mod}/{@code go.work} ({@code toolchain}, then
 * {@code go}) and asdf's {@code .tool-versions}; any other file is read as a plain version.
 */
final class VersionFiles {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern GO_LINE = Pattern.compile("(?m)^\\s*(toolchain|go)\\s+(?:go)?(\\S+)\\s*$");

    private VersionFiles() {}

    /**
     * The version spec in the file {@code input} names.
     *
     * @param toolVersionsNames the tool's names in {@code .tool-versions} ({@code nodejs}, {@code golang} …)
     * @throws ActionFailure when the file is missing, outside the workspace, unreadable or states no version
     */
    static String read(ActionCall call, String action, String input, List<String> toolVersionsNames)
            throws ActionFailure {
        return read(call, action, input, call.input(input).strip(), toolVersionsNames);
    }

    /** As {@link #read(ActionCall, String, String, List)} for the file {@code name}, the input's default. */
    static String read(ActionCall call, String action, String input, String name, List<String> toolVersionsNames)
            throws ActionFailure {
        Path workspace = call.workspace().toAbsolutePath().normalize();
        Path file = workspace.resolve(name).normalize();
        if (!file.startsWith(workspace)) {
            throw new ActionFailure("%s: %s '%s' is outside the workspace".formatted(action, input, name));
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ActionFailure("%s: the %s '%s' does not exist or cannot be read".formatted(action, input, name));
        }
        String fileName = file.getFileName() == null ? "" : file.getFileName().toString();
        Optional<String> spec = switch (fileName) {
            case "package.json" -> packageJson(text);
            case "go.mod", "go.work" -> goMod(text);
            case ".tool-versions" -> toolVersions(text, toolVersionsNames);
            default -> firstLine(text);
        };
        return spec.orElseThrow(() -> new ActionFailure(
                "%s: the %s '%s' states no version".formatted(action, input, name)));
    }

    private static Optional<String> firstLine(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).findFirst();
    }

    private static Optional<String> packageJson(String text) {
        try {
            JsonNode root = JSON.readTree(text);
            for (JsonNode node : List.of(root.path("volta").path("node"), root.path("engines").path("node"))) {
                if (node.isTextual() && !node.asText().isBlank()) {
                    return Optional.of(node.asText().strip());
                }
            }
            return Optional.empty();
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> goMod(String text) {
        Optional<String> go = Optional.empty();
        Matcher m = GO_LINE.matcher(text);
        while (m.find()) {
            if (m.group(1).equals("toolchain")) {
                return Optional.of(m.group(2));
            }
            go = go.or(() -> Optional.of(m.group(2)));
        }
        return go;
    }

    private static Optional<String> toolVersions(String text, List<String> names) {
        return text.lines().map(String::strip).map(l -> l.split("\\s+"))
                .filter(words -> words.length >= 2 && names.contains(words[0]))
                .map(words -> words[1])
                .findFirst();
    }
}
