package dev.gantry.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A long-running {@code gantry} process for the integration tests ({@code gantry server}, {@code gantry agent}):
 * its output goes to files the test can wait on; it is stopped with SIGTERM or killed with SIGKILL, as an
 * operator or a crash would.
 */
final class Daemon implements AutoCloseable {

    private final Process process;
    private final Path out;
    private final Path err;
    private final String name;

    private Daemon(Process process, Path out, Path err, String name) {
        this.process = process;
        this.out = out;
        this.err = err;
        this.name = name;
    }

    static Daemon start(Path logs, String name, Map<String, String> env, String... args) throws IOException {
        Files.createDirectories(logs);
        List<String> command = new ArrayList<>(List.of(GantryProcess.java(), "-jar", GantryProcess.JAR.toString()));
        command.addAll(List.of(args));
        Path out = logs.resolve(name + ".out");
        Path err = logs.resolve(name + ".err");
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(out.toFile()))
                .redirectError(ProcessBuilder.Redirect.appendTo(err.toFile()));
        builder.environment().putAll(env);
        return new Daemon(builder.start(), out, err, name);
    }

    /** Waits for a line of standard output matching {@code pattern}; returns its first group (or the line). */
    String await(String pattern, Duration timeout) throws IOException, InterruptedException {
        Pattern compiled = Pattern.compile(pattern);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
                Matcher m = compiled.matcher(line);
                if (m.find()) {
                    return m.groupCount() > 0 ? m.group(1) : line;
                }
            }
            if (!process.isAlive()) {
                throw new AssertionError(name + " ended (exit " + process.exitValue() + ") before printing "
                        + pattern + ": " + output());
            }
            Thread.sleep(50);
        }
        throw new AssertionError(name + " did not print " + pattern + " within " + timeout + ": " + output());
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed. Waits until the process is gone. */
    void kill() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor();
    }

    /** SIGTERM, as an operator stops it; waits at most 60 s, then kills it. Returns the exit code. */
    int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            kill();
        }
        return process.exitValue();
    }

    boolean alive() {
        return process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    String output() throws IOException {
        return Files.readString(out) + Optional.of(Files.readString(err)).filter(e -> !e.isBlank())
                .map(e -> "\n[stderr]\n" + e).orElse("");
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
