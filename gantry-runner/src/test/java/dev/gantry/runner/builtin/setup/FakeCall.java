package dev.gantry.runner.builtin.setup;

import dev.gantry.engine.exec.JobKey;
import dev.gantry.runner.action.ActionCall;
import dev.gantry.workflow.expr.Value;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** An {@link ActionCall} that records every effect, for testing built-in actions without a host executor. */
public final class FakeCall implements ActionCall {

    private final Map<String, String> inputs = new LinkedHashMap<>();
    private final Map<String, String> environment = new HashMap<>();
    private final Map<String, Value> github = new LinkedHashMap<>();
    private final Path workspace;
    private final Path temp;
    private final Path toolCache;

    public final Map<String, String> outputs = new LinkedHashMap<>();
    public final Map<String, String> exported = new LinkedHashMap<>();
    public final List<Path> paths = new ArrayList<>();
    public final List<String> lines = new ArrayList<>();
    public final List<String> warnings = new ArrayList<>();
    public final Map<String, String> state = new HashMap<>();
    public final List<String> masks = new ArrayList<>();

    /** A call working in {@code root}/workspace, {@code root}/temp and {@code root}/tool-cache. */
    public FakeCall(Path root) {
        this(root.resolve("workspace"), root.resolve("temp"), root.resolve("tool-cache"));
    }

    public FakeCall(Path workspace, Path temp, Path toolCache) {
        this.workspace = workspace;
        this.temp = temp;
        this.toolCache = toolCache;
    }

    public FakeCall with(String input, String value) {
        inputs.put(input.toLowerCase(Locale.ROOT), value);
        return this;
    }

    public FakeCall env(String name, String value) {
        environment.put(name, value);
        return this;
    }

    public FakeCall github(String name, String value) {
        github.put(name, new Value.Str(value));
        return this;
    }

    @Override
    public String input(String name) {
        return inputs.getOrDefault(name.toLowerCase(Locale.ROOT), "");
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
        return "1";
    }

    @Override
    public JobKey job() {
        return JobKey.of("build");
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
        warnings.add(message);
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
    }

    @Override
    public void addPath(Path directory) {
        paths.add(0, directory);
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
