package dev.gantry.workflow.expr;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;

/**
 * {@code hashFiles(patterns…)}, the one function that reads files: the regular files under the caller's workspace
 * that the patterns select, in sorted relative-path order, each hashed with SHA-256; the result is the hex
 * SHA-256 of those digests in sequence (GitHub's runner algorithm), or {@code ''} when nothing matches.
 * Symbolic links are not followed. Blocks on file I/O.
 */
final class FileHasher {

    /** Stops a walk of a huge tree: past this many files the call is an evaluation error. */
    static final int MAX_FILES = 100_000;

    private FileHasher() {}

    static Value hashFiles(Arguments args) throws ExpressionException {
        if (args.context().workspace().isEmpty()) {
            throw ExpressionException.evaluation("hashFiles() is not available here: no workspace was given");
        }
        List<GlobPattern> patterns = new ArrayList<>();
        StringBuilder described = new StringBuilder();
        for (int i = 0; i < args.size(); i++) {
            String text = Coercion.toStr(args.get(i));
            patterns.addAll(GlobPattern.parseLines(text));
            described.append(i > 0 ? ", " : "").append(text);
        }
        Path root = args.context().workspace().get();
        try {
            TreeMap<String, Path> files = select(root, patterns);
            if (files.isEmpty()) {
                return new Value.Str("");
            }
            MessageDigest outer = sha256();
            for (Path file : files.values()) {
                outer.update(digest(file));
            }
            return new Value.Str(HexFormat.of().formatHex(outer.digest()));
        } catch (IOException | RuntimeException e) {
            throw ExpressionException.evaluation(
                    "hashFiles('%s') failed. Fail to hash files under directory '%s': %s".formatted(
                            described, root.getFileName(), e.getMessage()));
        }
    }

    private static TreeMap<String, Path> select(Path root, List<GlobPattern> patterns) throws IOException {
        TreeMap<String, Path> files = new TreeMap<>();
        if (patterns.isEmpty() || !Files.isDirectory(root)) {
            return files;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (attrs.isRegularFile() && included(root.relativize(file), patterns)) {
                    if (files.size() >= MAX_FILES) {
                        throw new IOException("more than " + MAX_FILES + " files match");
                    }
                    files.put(root.relativize(file).toString().replace('\\', '/'), file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
        return files;
    }

    /** The last pattern that matches decides: included unless it is a {@code !} pattern. */
    private static boolean included(Path relative, List<GlobPattern> patterns) {
        List<String> segments = new ArrayList<>();
        relative.forEach(part -> segments.add(part.toString()));
        boolean included = false;
        for (GlobPattern pattern : patterns) {
            if (pattern.matches(segments)) {
                included = !pattern.negated();
            }
        }
        return included;
    }

    private static byte[] digest(Path file) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[8192];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        return digest.digest();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always provides SHA-256", e);
        }
    }
}
