package dev.gantry.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code gantry server --port 0 --data-dir TMP} in-process: the URL line, health over HTTP, a clean stop. */
class ServerCommandTest {

    private static final Pattern URL = Pattern.compile("Gantry server listening on (http://127\\.0\\.0\\.1:\\d+)");

    @TempDir
    Path temp;

    @Test
    void startsPrintsItsUrlAnswersHealthAndStopsCleanly() throws Exception {
        Path dataDir = temp.resolve("data");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CountDownLatch stop = new CountDownLatch(1);
        CommandLine cli = new CommandLine(new ServerCommand(stop))
                .setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(
                () -> cli.execute("--port", "0", "--data-dir", dataDir.toString()));

        String url = awaitUrl(out, exit);
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("{\"status\":\"ok\"}");
        assertThat(err.toString()).contains("Generated the admin token");
        assertThat(Files.isDirectory(dataDir)).isTrue();

        stop.countDown();
        assertThat(exit.get(30, TimeUnit.SECONDS)).isZero();
        assertThatThrownBy(() -> http.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/health")).build(),
                HttpResponse.BodyHandlers.discarding())).isInstanceOf(ConnectException.class);
    }

    @Test
    void anUnusableDatabaseUrlIsOneSentenceAndExit1() {
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new ServerCommand(new CountDownLatch(0)))
                .setOut(new PrintWriter(new StringWriter(), true)).setErr(new PrintWriter(err, true));
        int code = cli.execute("--port", "0", "--db-url", "jdbc:mysql://localhost/x");
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).startsWith("gantry server: Unsupported database URL \"jdbc:mysql://localhost/x\"")
                .doesNotContain("Exception");
    }

    private static String awaitUrl(StringWriter out, CompletableFuture<Integer> exit) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            Matcher m = URL.matcher(out.toString());
            if (m.find()) {
                return m.group(1);
            }
            if (exit.isDone()) {
                throw new AssertionError("gantry server exited with " + exit.get() + ": " + out);
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no URL line within 60 s: " + out);
    }
}
