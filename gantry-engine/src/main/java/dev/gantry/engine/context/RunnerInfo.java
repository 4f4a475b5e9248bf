package dev.gantry.engine.context;

import dev.gantry.workflow.expr.Value;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The machine a job runs on and where its files go: the {@code runner} context, plus the workspace and event file
 * paths the {@code github} context names. The executor fills it in; paths are the executor's, as strings.
 *
 * @param environment {@code self-hosted} for Gantry's agents ({@code github-hosted} is GitHub's own machines)
 */
public record RunnerInfo(String name, Os os, Arch arch, String temp, String toolCache, String workspace,
                         String eventPath, boolean debug, String environment) {

    /** {@code runner.os}. */
    public enum Os {
        LINUX("Linux"), MACOS("macOS"), WINDOWS("Windows");

        private final String word;

        Os(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }

        /** From Java's {@code os.name}: Windows…, Mac OS X / Darwin, anything else Linux. */
        public static Os fromOsName(String osName) {
            String lower = osName.toLowerCase(Locale.ROOT);
            if (lower.startsWith("windows")) {
                return WINDOWS;
            }
            return lower.startsWith("mac") || lower.startsWith("darwin") ? MACOS : LINUX;
        }
    }

    /** {@code runner.arch}. */
    public enum Arch {
        X86, X64, ARM, ARM64;

        /** From Java's {@code os.arch}: amd64/x86_64 → X64, aarch64/arm64 → ARM64, arm… → ARM, else X86. */
        public static Arch fromOsArch(String osArch) {
            return switch (osArch.toLowerCase(Locale.ROOT)) {
                case "amd64", "x86_64", "x64" -> X64;
                case "aarch64", "arm64" -> ARM64;
                case String s when s.startsWith("arm") -> ARM;
                default -> X86;
            };
        }
    }

    public static final String SELF_HOSTED = "self-hosted";

    public RunnerInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(os, "os");
        Objects.requireNonNull(arch, "arch");
        Objects.requireNonNull(temp, "temp");
        Objects.requireNonNull(toolCache, "toolCache");
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(eventPath, "eventPath");
        Objects.requireNonNull(environment, "environment");
    }

    /** The {@code runner} context: name, os, arch, temp, tool_cache, environment, and debug ({@code 1}) when on. */
    public Value.Obj context() {
        Map<String, Value> out = new LinkedHashMap<>();
        out.put("name", new Value.Str(name));
        out.put("os", new Value.Str(os.word()));
        out.put("arch", new Value.Str(arch.name()));
        out.put("temp", new Value.Str(temp));
        out.put("tool_cache", new Value.Str(toolCache));
        out.put("environment", new Value.Str(environment));
        if (debug) {
            out.put("debug", new Value.Str("1"));
        }
        return new Value.Obj(out);
    }
}
