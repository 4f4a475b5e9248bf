package dev.gantry.server.secret;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.ByteBuffer;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Optional;

/**
 * The file holding the secrets key: {@value #RELATIVE} under the data folder, 32 random bytes, readable and
 * writable by its owner only (mode 600, in a folder of mode 700, where the file system has POSIX permissions).
 * Created on first use, written whole or not at all (a temporary file moved into place), so a crash never leaves
 * half a key, and a key in place is never replaced: two servers creating it at once end up with the same one. Blocks on the file system; thread-safe.
 */
public final class SecretKeyFile {

    /** Where the key lives, relative to the data folder. */
    public static final String RELATIVE = "keys/secrets.key";

    private final Path file;

    public SecretKeyFile(Path file) {
        this.file = file.toAbsolutePath().normalize();
    }

    /** The key file of the data folder {@code dataDir}. */
    public static SecretKeyFile in(Path dataDir) {
        return new SecretKeyFile(dataDir.resolve(RELATIVE));
    }

    public Path path() {
        return file;
    }

    /**
     * The key; empty when the file does not exist.
     *
     * @throws SecretKeyException when the file cannot be read or does not hold a key
     */
    public Optional<byte[]> read() throws SecretKeyException {
        byte[] key;
        try {
            key = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new SecretKeyException("The secrets key file " + file + " cannot be read (" + describe(e) + ").", e);
        }
        if (key.length != SecretCipher.KEY_BYTES) {
            throw new SecretKeyException("The secrets key file " + file + " does not hold a key: it has "
                    + key.length + " bytes, not " + SecretCipher.KEY_BYTES + ".");
        }
        return Optional.of(key);
    }

    /**
     * The key, created (32 bytes from {@link SecureRandom}) when the file does not exist yet.
     *
     * @throws SecretKeyException when the file cannot be read or created
     */
    public byte[] readOrCreate() throws SecretKeyException {
        Optional<byte[]> existing = read();
        if (existing.isPresent()) {
            return existing.get();
        }
        byte[] key = new byte[SecretCipher.KEY_BYTES];
        new SecureRandom().nextBytes(key);
        Path temporary = null;
        try {
            Path folder = file.getParent();
            Files.createDirectories(folder, ownerOnly("rwx------"));
            temporary = Files.createTempFile(folder, ".secrets", ".key", ownerOnly("rw-------"));
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.write(ByteBuffer.wrap(key));
                channel.force(true);
            }
            publish(temporary);
            return key;
        } catch (FileAlreadyExistsException e) {
            return read().orElseThrow(() -> new SecretKeyException("The secrets key file " + file
                    + " appeared and vanished while it was being created.", e));
        } catch (IOException | UnsupportedOperationException e) {
            throw new SecretKeyException("The secrets key file " + file + " cannot be created (" + describe(e)
                    + ").", e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // a leftover temporary file holds a key never used: harmless
                }
            }
        }
    }

    /** Puts the written key in place unless a key is there already (a link fails then; a rename would replace). */
    private void publish(Path temporary) throws IOException {
        try {
            Files.createLink(file, temporary);
        } catch (UnsupportedOperationException e) {
            Files.move(temporary, file);
        }
    }

    private FileAttribute<?>[] ownerOnly(String permissions) {
        if (!file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))};
    }

    private static String describe(Exception e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
