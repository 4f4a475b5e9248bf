package dev.gantry.server.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real {@code git} program for tests, isolated from the machine's configuration: its own {@code HOME}, no
 * system config, never prompting, a fixed identity. A run that does not end within two minutes is killed and
 * fails the test (a hang guard, not a timing assertion).
 */
final class GitCli {

    record Result(int exit, String output) {
        Result ok() {
            if (exit != 0) {
                throw new AssertionError("git failed (" + exit + "): " + output);
            }
            return this;
        }

        String trimmed() {
            return output.trim();
        }
    }

    private final Path home;

    GitCli(Path home) throws IOException {
        this.home = Files.createDirectories(home);
    }

    Result run(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-c", "init.defaultBranch=main"));
        command.addAll(List.of(args));
        Path log = Files.createTempFile(home, "git", ".out");
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(key -> key.startsWith("GIT_"));
        env.put("HOME", home.toString());
        env.put("XDG_CONFIG_HOME", home.resolve(".config").toString());
        env.put("GIT_CONFIG_NOSYSTEM", "1");
        env.put("GIT_TERMINAL_PROMPT", "0");
        env.put("GIT_ASKPASS", "");
        env.put("SSH_ASKPASS", "");
        env.put("GIT_AUTHOR_NAME", "Mona Lisa");
        env.put("GIT_AUTHOR_EMAIL", "mona@example.com");
        env.put("GIT_COMMITTER_NAME", "Mona Lisa");
        env.put("GIT_COMMITTER_EMAIL", "mona@example.com");
        Process process = builder.start();
        process.getOutputStream().close();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("git " + String.join(" ", args) + " did not end");
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.delete(log);
        return new Result(process.exitValue(), output);
    }

    /** Writes {@code text} to {@code dir/path}, creating folders. */
    static void write(Path dir, String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
