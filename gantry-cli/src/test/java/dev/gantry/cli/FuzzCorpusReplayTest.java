package dev.gantry.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays every input the fuzzers keep (seeds and past findings, under
 * {@code src/test/resources/dev/gantry/cli/*FuzzTestInputs/}) through the fuzz targets, so a crash found once
 * by {@code mvn -Pfuzz} stays fixed. Each input must be answered within a few seconds.
 */
class FuzzCorpusReplayTest {

    private static final Path CORPUS = Path.of("src", "test", "resources", "dev", "gantry", "cli");
    private static final Duration LIMIT = Duration.ofSeconds(10);

    @TestFactory
    Stream<DynamicTest> validateCorpus() throws IOException {
        return replay("ValidateFuzzTestInputs", FuzzTargets::validate);
    }

    @TestFactory
    Stream<DynamicTest> exprCorpus() throws IOException {
        return replay("ExprFuzzTestInputs", FuzzTargets::expr);
    }

    private static Stream<DynamicTest> replay(String folder, Consumer<byte[]> target) throws IOException {
        try (Stream<Path> files = Files.walk(CORPUS.resolve(folder))) {
            return files.filter(Files::isRegularFile).sorted().toList().stream()
                    .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
                        byte[] data = Files.readAllBytes(file);
                        Assertions.assertTimeoutPreemptively(LIMIT, () -> target.accept(data));
                    }));
        }
    }
}
