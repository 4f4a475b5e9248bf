package dev.gantry.cli;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Coverage-guided fuzzing of {@code gantry expr}'s line evaluation (run with {@code -Pfuzz}). */
class ExprFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void fuzzExpressionLines(byte[] data) {
        FuzzTargets.expr(data);
    }
}
