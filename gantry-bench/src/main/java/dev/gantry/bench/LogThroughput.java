package dev.gantry.bench;

import dev.gantry.runner.log.LogPipeline;
import dev.gantry.runner.log.SecretMasker;
import dev.gantry.runner.log.WriterSink;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Pushes a large file of step-like output (default 500 MB, 100 secrets) through the log pipeline into a file,
 * and copies the same file with {@code cat data > file}; prints both throughputs and their ratio, best of a
 * few alternating rounds. Then checks the pipeline's output holds no registered form. Run by
 * {@code bench/log-throughput [MEGABYTES] [SECRETS] [ROUNDS]}.
 */
public final class LogThroughput {

    private LogThroughput() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        long megabytes = args.length > 0 ? Long.parseLong(args[0]) : 500;
        int secretCount = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        Path dir = Files.createTempDirectory("gantry-log-throughput");
        try {
            List<String> secrets = StepOutput.secrets(secretCount, 42);
            Path data = dir.resolve("step-output.log");
            generate(data, megabytes * 1_000_000, secrets);
            long bytes = Files.size(data);
            SecretMasker masker = new SecretMasker();
            masker.addAll(secrets);
            System.out.printf(Locale.ROOT, "data: %,d bytes of step output, %d secrets (%,d masked forms)%n",
                    bytes, secretCount, masker.formCount());
            double bestCat = Double.MAX_VALUE;
            double bestPipeline = Double.MAX_VALUE;
            Path out = dir.resolve("out.log");
            for (int round = 1; round <= rounds; round++) {
                double cat = cat(data, out);
                double pipeline = pipeline(data, out, masker);
                System.out.printf(Locale.ROOT, "round %d: cat %.2f s, pipeline %.2f s%n", round, cat, pipeline);
                bestCat = Math.min(bestCat, cat);
                bestPipeline = Math.min(bestPipeline, pipeline);
            }
            System.out.printf(Locale.ROOT, "cat > file:        %8.1f MB/s%n", bytes / 1e6 / bestCat);
            System.out.printf(Locale.ROOT, "pipeline > file:   %8.1f MB/s%n", bytes / 1e6 / bestPipeline);
            System.out.printf(Locale.ROOT, "ratio (pipeline time / cat time): %.2f%n", bestPipeline / bestCat);
            System.out.println("leaked lines in output: " + leaks(out, masker));
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    private static void generate(Path data, long size, List<String> secrets) throws IOException {
        List<String> pool = StepOutput.lines(20_000, secrets, 1000, 11);
        try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(data), StandardCharsets.UTF_8), 1 << 16)) {
            long written = 0;
            int i = 0;
            while (written < size) {
                String line = pool.get(i++ % pool.size());
                w.write(line);
                w.write('\n');
                written += line.length() + 1;
            }
        }
    }

    private static double cat(Path data, Path out) throws IOException, InterruptedException {
        Files.deleteIfExists(out);
        long start = System.nanoTime();
        Process p = new ProcessBuilder("cat", data.toString()).redirectOutput(out.toFile()).start();
        if (p.waitFor() != 0) {
            throw new IOException("cat failed");
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static double pipeline(Path data, Path out, SecretMasker masker) throws IOException {
        Files.deleteIfExists(out);
        long start = System.nanoTime();
        try (InputStream in = Files.newInputStream(data);
             Writer file = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8), 1 << 16)) {
            LogPipeline pipeline = new LogPipeline(masker, new WriterSink(file), false);
            try (OutputStream stream = pipeline.stream()) {
                in.transferTo(stream);
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** Lines of the output in which masking would still change something: 0 when nothing leaked. */
    private static long leaks(Path out, SecretMasker masker) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(out, StandardCharsets.UTF_8)) {
            return r.lines().filter(line -> !masker.mask(line).equals(line)).count();
        }
    }
}
