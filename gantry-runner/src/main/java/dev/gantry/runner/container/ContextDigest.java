package dev.gantry.runner.container;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A SHA-256 of a build context: every file under a folder, by relative path (sorted), its kind and its bytes (a
 * symbolic link by its target), so a context that did not change gives the same digest and any edit, added or
 * removed file gives another. Blocks on file I/O; pure otherwise.
 */
final class ContextDigest {

    private ContextDigest() {}

    /** The digest in lower-case hex; an unreadable file is an {@link IOException} naming it. */
    static String of(Path folder) throws IOException {
        MessageDigest sha = sha256();
        List<Path> entries;
        try (Stream<Path> all = Files.walk(folder)) {
            entries = all.filter(p -> !p.equals(folder)).sorted().toList();
        }
        byte[] buffer = new byte[64 * 1024];
        for (Path entry : entries) {
            String name = folder.relativize(entry).toString();
            if (Files.isSymbolicLink(entry)) {
                update(sha, "L", name, Files.readSymbolicLink(entry).toString());
            } else if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                update(sha, "D", name, "");
            } else {
                update(sha, Files.isExecutable(entry) ? "X" : "F", name, Long.toString(Files.size(entry)));
                try (InputStream in = Files.newInputStream(entry)) {
                    int n;
                    while ((n = in.read(buffer)) >= 0) {
                        sha.update(buffer, 0, n);
                    }
                }
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void update(MessageDigest sha, String kind, String name, String detail) {
        sha.update((kind + "\0" + name + "\0" + detail + "\0").getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
