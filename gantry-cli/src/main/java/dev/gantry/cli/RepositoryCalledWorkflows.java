package dev.gantry.cli;

import dev.gantry.workflow.read.CalledWorkflows;
import dev.gantry.workflow.yaml.YamlLimits;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Serves the local called workflows of one repository checkout ({@code uses: ./.github/workflows/x.yml}) from
 * the file system, relative to the repository root. Remote references ({@code owner/repo/…@ref}) are not served:
 * no action store holds them yet. Blocking file reads on the caller's thread; never throws.
 */
final class RepositoryCalledWorkflows implements CalledWorkflows {

    /** Larger files are not read: the reader would reject them anyway (a UTF-8 character is at most 4 bytes). */
    private static final long MAX_BYTES = 4L * YamlLimits.DEFAULT_MAX_CHARS;

    private final Path root;

    RepositoryCalledWorkflows(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /**
     * The repository root of a workflow file: the directory that holds the {@code .github} folder above it;
     * empty when the file is not under a {@code .github} folder.
     */
    static Optional<Path> rootOf(Path workflowFile) {
        for (Path dir = workflowFile.toAbsolutePath().normalize().getParent(); dir != null; dir = dir.getParent()) {
            if (dir.getFileName() != null && dir.getFileName().toString().equals(".github")
                    && dir.getParent() != null) {
                return Optional.of(dir.getParent());
            }
        }
        return Optional.empty();
    }

    /** The file a local reference names, when it stays inside the repository. */
    Optional<Path> fileOf(String reference) {
        if (!reference.startsWith("./")) {
            return Optional.empty();
        }
        Path file = root.resolve(reference.substring(2)).normalize();
        return file.startsWith(root) ? Optional.of(file) : Optional.empty();
    }

    @Override
    public Fetched fetch(String reference) {
        if (!reference.startsWith("./")) {
            return new Fetched.NotServed();
        }
        Optional<Path> file = fileOf(reference);
        if (file.isEmpty()) {
            return new Fetched.Missing("the path leaves the repository");
        }
        try {
            if (!Files.isRegularFile(file.get())) {
                return new Fetched.Missing("no such file in the repository");
            }
            if (Files.size(file.get()) > MAX_BYTES) {
                return new Fetched.Missing("the file is larger than " + MAX_BYTES + " bytes");
            }
            byte[] bytes = Files.readAllBytes(file.get());
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return new Fetched.Source(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            return new Fetched.Missing("the file is not valid UTF-8");
        } catch (IOException | SecurityException e) {
            return new Fetched.Missing("the file cannot be read (" + e.getMessage() + ")");
        }
    }
}
