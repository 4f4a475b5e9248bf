package dev.gantry.runner.toolchain;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Asks an executable about itself ({@code node --version}, {@code go version}) and remembers the answer for the
 * life of the process, keyed by the file's path, size and modification time, so a job that sets up node twice
 * starts it once. Thread-safe; {@link #ask} blocks up to {@link #TIMEOUT_SECONDS} for the program.
 */
public final class VersionProbe {

    /** How long a program may take to state its version before it counts as broken. */
    public static final long TIMEOUT_SECONDS = 10;

    private static final int MAX_OUTPUT = 64 * 1024;

    private final Map<Key, Optional<String>> answers = new ConcurrentHashMap<>();

    /** One probe for every setup action of this process. */
    public static final VersionProbe SHARED = new VersionProbe();

    private record Key(Path executable, List<String> arguments, long size, long modified) {}

    /**
     * The program's output (stdout and stderr together) when it is a regular executable file that exits with 0
     * within the timeout; empty otherwise (missing, not executable, failing, hanging — a broken install is simply
     * not a candidate).
     */
    public Optional<String> ask(Path executable, List<String> arguments) throws InterruptedException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(executable, BasicFileAttributes.class);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (!attributes.isRegularFile() || !Files.isExecutable(executable)) {
            return Optional.empty();
        }
        Key key = new Key(executable, List.copyOf(arguments), attributes.size(),
                attributes.lastModifiedTime().toMillis());
        Optional<String> known = answers.get(key);
        if (known != null) {
            return known;
        }
        Optional<String> answer = run(executable, arguments);
        answers.put(key, answer);
        return answer;
    }

    private static Optional<String> run(Path executable, List<String> arguments) throws InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        command.addAll(arguments);
        Path output = null;
        Process process = null;
        try {
            // A file, not a pipe: a program that prints much and then hangs cannot block the reader.
            output = Files.createTempFile("gantry-probe", ".txt");
            process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile())).start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) || process.exitValue() != 0) {
                return Optional.empty();
            }
            try (InputStream in = Files.newInputStream(output)) {
                return Optional.of(new String(in.readNBytes(MAX_OUTPUT), StandardCharsets.UTF_8).strip());
            }
        } catch (IOException e) {
            return Optional.empty();
        } finally {
            if (process != null) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
            if (output != null) {
                try {
                    Files.deleteIfExists(output);
                } catch (IOException ignored) {
                    // a leftover temp file is harmless
                }
            }
        }
    }
}
