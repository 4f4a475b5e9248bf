package dev.gantry.cli;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Coverage-guided fuzzing of {@code gantry validate}'s file checking (run with {@code -Pfuzz}). */
class ValidateFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void fuzzWorkflowAndActionFiles(byte[] data) {
        FuzzTargets.validate(data);
    }
}
