package dev.gantry.runner.artifact;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The digest of a folder of files: SHA-256 over, for each regular file in path order, its path relative to the
 * folder (with {@code /}), a NUL, the hex SHA-256 of its content and a line feed. Blocks on file I/O.
 */
record Digest(String hex, long size, int files) {

    static Digest of(Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        MessageDigest outer = sha256();
        long size = 0;
        for (Path file : files) {
            MessageDigest inner = sha256();
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), inner)) {
                size += in.transferTo(OutputStream.nullOutputStream());
            }
            String line = folder.relativize(file).toString().replace('\\', '/') + '\0'
                    + HexFormat.of().formatHex(inner.digest()) + '\n';
            outer.update(line.getBytes(StandardCharsets.UTF_8));
        }
        return new Digest(HexFormat.of().formatHex(outer.digest()), size, files.size());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always provides SHA-256", e);
        }
    }
}
