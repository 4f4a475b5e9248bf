package dev.gantry.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;

/**
 * Deterministic step-like output for the log benchmarks: build tool lines, test results, download progress
 * redrawn with carriage returns, workflow commands, and now and then a line holding a secret (plain or base64).
 */
final class StepOutput {

    private StepOutput() {}

    /** {@code count} random secrets of 20 to 40 characters, the same for the same seed. */
    static List<String> secrets(int count, long seed) {
        Random random = new Random(seed);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder s = new StringBuilder("tok_");
            for (int n = 16 + random.nextInt(21); n > 0; n--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            out.add(s.toString());
        }
        return out;
    }

    /** {@code count} lines of output; about one in {@code secretEvery} holds one of {@code secrets}. */
    static List<String> lines(int count, List<String> secrets, int secretEvery, long seed) {
        Random random = new Random(seed);
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int module = random.nextInt(400);
            String line = switch (random.nextInt(10)) {
                case 0 -> "[INFO] Downloading from central: https://repo.maven.apache.org/maven2/org/example/lib-"
                        + module + "/1." + random.nextInt(20) + ".0/lib-" + module + ".jar";
                case 1 -> "[INFO] Compiling " + random.nextInt(200) + " source files with javac [debug release 21] to target/classes";
                case 2 -> "  \u2713 handles case " + random.nextInt(10_000) + " of the payment ledger (" + random.nextInt(90) + " ms)";
                case 3 -> " " + random.nextInt(100) + "% [" + "=".repeat(random.nextInt(30)) + ">" + "]\r";
                case 4 -> "2024-05-0" + (1 + random.nextInt(9)) + "T12:" + (10 + random.nextInt(50)) + ":00.123Z DEBUG "
                        + "c.e.service.Repository - query took " + random.nextInt(500) + " ms rows=" + random.nextInt(10_000);
                case 5 -> "npm WARN deprecated package-" + module + "@2." + random.nextInt(9) + ".1: this version is no longer supported";
                case 6 -> random.nextInt(50) == 0 ? "::warning file=src/Module" + module + ".java,line=" + random.nextInt(300)
                        + "::unchecked conversion" : "    at com.example.Module" + module + ".run(Module" + module + ".java:"
                        + random.nextInt(300) + ")";
                case 7 -> random.nextInt(100) == 0 ? (random.nextBoolean() ? "::group::Module " + module : "::endgroup::")
                        : "+ make -C services/module-" + module + " test";
                default -> "Step " + random.nextInt(40) + "/40 : RUN ./gradlew :module-" + module + ":build --no-daemon --parallel";
            };
            if (!secrets.isEmpty() && random.nextInt(secretEvery) == 0) {
                String secret = secrets.get(random.nextInt(secrets.size()));
                line = random.nextBoolean() ? line + " token=" + secret
                        : line + " auth=" + Base64.getEncoder().encodeToString(("user:" + secret).getBytes(StandardCharsets.UTF_8));
            }
            out.add(line);
        }
        return out;
    }
}
