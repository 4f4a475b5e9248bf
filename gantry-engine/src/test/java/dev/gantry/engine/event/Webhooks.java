package dev.gantry.engine.event;

import dev.gantry.workflow.expr.Value;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The real webhook payloads under {@code conformance/webhooks/api.github.com/} on the test class path. */
public final class Webhooks {

    private static final String ROOT = "/conformance/webhooks/api.github.com/";

    private Webhooks() {}

    /** The payload at {@code path}, e.g. {@code push/with-new-branch.payload.json}. */
    public static Value.Obj load(String path) {
        try (InputStream in = Webhooks.class.getResourceAsStream(ROOT + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no webhook payload " + path);
            }
            return switch (PayloadText.parse(path, new String(in.readAllBytes(), StandardCharsets.UTF_8))) {
                case PayloadText.Result.Ok ok -> ok.payload();
                case PayloadText.Result.Invalid bad -> throw new IllegalStateException(bad.message());
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every payload file, as {@code event/file.payload.json}. */
    public static List<String> all() {
        try {
            Path root = Path.of(Webhooks.class.getResource(ROOT).toURI());
            try (Stream<Path> files = Files.walk(root)) {
                return files.filter(p -> p.toString().endsWith(".json"))
                        .map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The event name of a payload path: its folder. */
    public static String eventOf(String path) {
        return path.substring(0, path.indexOf('/'));
    }
}
