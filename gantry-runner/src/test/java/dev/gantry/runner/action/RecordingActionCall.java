package dev.gantry.runner.action;

import dev.gantry.engine.exec.JobKey;
import dev.gantry.workflow.expr.Value;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An {@link ActionCall} for unit tests of built-in actions: inputs, folders, environment and {@code github} context
 * are set up front; every effect is recorded for assertions. One instance may serve several phases of a step (set
 * inputs again between them if needed): state saved in one phase is read by the next, as on GitHub. Log lines are
 * recorded in order with a prefix for their kind ({@code "warning: …"}, {@code "debug: …"}, {@code "group: …"},
 * {@code "endgroup"}); {@link #log} lines are recorded as they are. Masks are recorded, not applied. Not
 * thread-safe (nor is a real call).
 */
public final class RecordingActionCall implements ActionCall {

    private final Map<String, String> inputs = new LinkedHashMap<>();
    private final Map<String, String> environment = new LinkedHashMap<>();
    private final Map<String, Value> github = new LinkedHashMap<>();
    private final Path workspace;
    private final Path temp;
    private final Path toolCache;
    private String runId = "1";
    private JobKey job = JobKey.of("build");

    public final Map<String, String> outputs = new LinkedHashMap<>();
    public final Map<String, String> exported = new LinkedHashMap<>();
    /** Directories added to {@code PATH}, in {@code PATH} order (the latest added first). */
    public final List<Path> path = new ArrayList<>();
    public final Map<String, String> state = new LinkedHashMap<>();
    public final List<String> masks = new ArrayList<>();
    public final List<String> lines = new ArrayList<>();

    /** A call whose temp and tool cache folders are {@code temp} and {@code toolCache} under {@code workspace}'s parent. */
    public RecordingActionCall(Path workspace) {
        this(workspace, workspace.resolveSibling("temp"), workspace.resolveSibling("tool-cache"));
    }

    public RecordingActionCall(Path workspace, Path temp, Path toolCache) {
        this.workspace = workspace;
        this.temp = temp;
        this.toolCache = toolCache;
        github.put("repository", new Value.Str("acme/app"));
        github.put("run_id", new Value.Str(runId));
        github.put("ref", new Value.Str("refs/heads/main"));
        github.put("sha", new Value.Str("0".repeat(40)));
    }

    /** Sets an input (as the runner would after applying defaults); an empty value removes it. */
    public RecordingActionCall with(String name, String value) {
        inputs.keySet().removeIf(existing -> existing.equalsIgnoreCase(name));
        if (!value.isEmpty()) {
            inputs.put(name, value);
        }
        return this;
    }

    public RecordingActionCall env(String name, String value) {
        environment.put(name, value);
        return this;
    }

    /** Sets a {@code github} context member to a string. */
    public RecordingActionCall github(String name, String value) {
        github.put(name, new Value.Str(value));
        return this;
    }

    public RecordingActionCall runId(String id) {
        this.runId = id;
        return github("run_id", id);
    }

    public RecordingActionCall job(JobKey key) {
        this.job = key;
        return this;
    }

    /** The recorded lines that are warnings, without their prefix. */
    public List<String> warnings() {
        return lines.stream().filter(l -> l.startsWith("warning: ")).map(l -> l.substring(9)).toList();
    }

    /** Whether some recorded line contains {@code text}. */
    public boolean logged(String text) {
        return lines.stream().anyMatch(l -> l.contains(text));
    }

    @Override
    public String input(String name) {
        return inputs.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue).findFirst().orElse("");
    }

    @Override
    public Map<String, String> inputs() {
        return Map.copyOf(inputs);
    }

    @Override
    public Path workspace() {
        return workspace;
    }

    @Override
    public Path temp() {
        return temp;
    }

    @Override
    public Path toolCache() {
        return toolCache;
    }

    @Override
    public Map<String, String> environment() {
        return Map.copyOf(environment);
    }

    @Override
    public Value.Obj github() {
        return new Value.Obj(github);
    }

    @Override
    public String runId() {
        return runId;
    }

    @Override
    public JobKey job() {
        return job;
    }

    @Override
    public void log(String line) {
        lines.add(line);
    }

    @Override
    public void debug(String line) {
        lines.add("debug: " + line);
    }

    @Override
    public void warning(String message) {
        lines.add("warning: " + message);
    }

    @Override
    public void group(String title) {
        lines.add("group: " + title);
    }

    @Override
    public void endGroup() {
        lines.add("endgroup");
    }

    @Override
    public void setOutput(String name, String value) {
        outputs.put(name, value);
    }

    @Override
    public void exportVariable(String name, String value) {
        exported.put(name, value);
        environment.put(name, value);
    }

    @Override
    public void addPath(Path directory) {
        path.addFirst(directory);
    }

    @Override
    public void saveState(String name, String value) {
        state.put(name, value);
    }

    @Override
    public Optional<String> state(String name) {
        return Optional.ofNullable(state.get(name));
    }

    @Override
    public void addMask(String value) {
        masks.add(value);
    }
}
