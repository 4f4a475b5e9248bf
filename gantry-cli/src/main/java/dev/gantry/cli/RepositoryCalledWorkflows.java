package dev.gantry.cli;

import dev.gantry.runner.action.ActionStore;
import dev.gantry.runner.store.MissingAction;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves the called workflows of one repository checkout: local ones ({@code uses: ./.github/workflows/x.yml})
 * from the file system, relative to the repository root; remote ones ({@code owner/repo/path@ref}) from the
 * action store, where a missing one is reported with the command that imports it. With
 * {@link ActionStore#EMPTY} remote references are not served (what {@code gantry validate} does). Blocking file
 * reads on the caller's thread; never throws.
 */
final class RepositoryCalledWorkflows implements CalledWorkflows {

    /** Larger files are not read: the reader would reject them anyway (a UTF-8 character is at most 4 bytes). */
    private static final long MAX_BYTES = 4L * YamlLimits.DEFAULT_MAX_CHARS;

    /** {@code owner/repo/path@ref}, the remote form of a called workflow's reference. */
    private static final Pattern REMOTE = Pattern.compile("([^/@]+)/([^/@]+)/([^@]+)@(.+)");

    private final Path root;
    private final ActionStore store;

    RepositoryCalledWorkflows(Path root) {
        this(root, ActionStore.EMPTY);
    }

    RepositoryCalledWorkflows(Path root, ActionStore store) {
        this.root = root.toAbsolutePath().normalize();
        this.store = store;
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
            return remote(reference);
        }
        Optional<Path> file = fileOf(reference);
        if (file.isEmpty()) {
            return new Fetched.Missing("the path leaves the repository");
        }
        return read(file.get(), "in the repository");
    }

    private Fetched remote(String reference) {
        Matcher parts = REMOTE.matcher(reference);
        if (store == ActionStore.EMPTY || !parts.matches()) {
            return new Fetched.NotServed();
        }
        String owner = parts.group(1);
        String repo = parts.group(2);
        String ref = parts.group(4);
        Optional<ActionStore.StoredAction> stored;
        try {
            stored = store.find(owner, repo, ref);
        } catch (IOException | RuntimeException e) {
            return new Fetched.Missing("the action store cannot serve it (" + e.getMessage() + ")");
        }
        if (stored.isEmpty()) {
            return new Fetched.Missing(MissingAction.message(owner, repo, ref, store.toString()));
        }
        Path file = stored.get().root().resolve(parts.group(3)).normalize();
        if (!file.startsWith(stored.get().root())) {
            return new Fetched.Missing("the path leaves the repository " + owner + "/" + repo);
        }
        return read(file, "in " + owner + "/" + repo + " at " + stored.get().sha());
    }

    private static Fetched read(Path file, String where) {
        try {
            if (!Files.isRegularFile(file)) {
                return new Fetched.Missing("no such file " + where);
            }
            if (Files.size(file) > MAX_BYTES) {
                return new Fetched.Missing("the file is larger than " + MAX_BYTES + " bytes");
            }
            byte[] bytes = Files.readAllBytes(file);
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
