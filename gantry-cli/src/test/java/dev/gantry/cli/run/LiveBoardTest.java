package dev.gantry.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.engine.exec.Conclusion;
import dev.gantry.engine.exec.JobKey;
import dev.gantry.engine.exec.JobResult;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The terminal board: logs scroll with their prefix, the board is drawn below them and erased at the end. */
class LiveBoardTest {

    @Test
    void logsScrollAboveABoardThatIsErasedWhenClosed() {
        StringWriter text = new StringWriter();
        Clock clock = Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC);
        LiveBoard board = new LiveBoard(new PrintWriter(text), new Labels(false), clock);
        RunRef run = new RunRef(0, "ci", "ci.yml", "1");
        JobRef build = new JobRef(run, JobKey.of("build"), "build");

        board.runStarted(run);
        board.jobStarted(build);
        board.stepStarted(build, 0, "Compile");
        board.log(build, 0, "compiling 12 files");
        board.jobFinished(build, new JobResult(Conclusion.SUCCESS, Map.of(), List.of(), List.of(), clock.instant(),
                clock.instant()));
        board.draw(true);
        board.close();

        String plain = text.toString().replaceAll("\u001b\\[[0-9;]*[A-Za-z]", "");
        assertThat(plain).contains("Run ci (ci.yml)").contains("[build / Compile] compiling 12 files")
                .contains("✓ build 0ms");
        // The last thing written erases the board (cursor up, clear to the end) and draws nothing after it.
        String raw = text.toString();
        String last = raw.substring(raw.lastIndexOf("\u001b[J") + 3);
        assertThat(raw).contains("A\u001b[J");
        assertThat(last).doesNotContain("running,");
    }
}
