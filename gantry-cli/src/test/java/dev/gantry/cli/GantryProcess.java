package dev.gantry.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the packaged {@code gantry.jar} as a real process for the integration tests: given standard input and
 * extra environment, it waits (at most {@value #TIMEOUT_SECONDS} s) and returns the exit code and both outputs.
 */
record GantryProcess(int exitCode, String out, String err) {

    static final Path JAR = Path.of("target", "gantry.jar");
    private static final long TIMEOUT_SECONDS = 180;

    static GantryProcess run(String... args) throws IOException, InterruptedException {
        return run("", Map.of(), args);
    }

    static GantryProcess run(String stdin, Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException("run with mvn verify: " + JAR + " is built in the package phase");
        }
        List<String> command = new ArrayList<>(List.of(java(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path outFile = Files.createTempFile("gantry-out", ".txt");
        Path errFile = Files.createTempFile("gantry-err", ".txt");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(outFile.toFile())
                    .redirectError(errFile.toFile());
            builder.environment().putAll(env);
            Process process = builder.start();
            process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().close();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("gantry " + String.join(" ", args) + " did not finish");
            }
            return new GantryProcess(process.exitValue(), Files.readString(outFile), Files.readString(errFile));
        } finally {
            Files.deleteIfExists(outFile);
            Files.deleteIfExists(errFile);
        }
    }

    /** The Java the tests run on. */
    static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
