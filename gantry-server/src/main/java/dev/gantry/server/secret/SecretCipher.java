package dev.gantry.server.secret;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Optional;

/**
 * AES-256-GCM with one key: {@link #seal} encrypts and authenticates a value under a fresh random 96-bit nonce,
 * binding it to associated data (which secret of which repository it is, so a ciphertext copied to another row
 * does not open); {@link #open} gives the value back only when key, nonce, ciphertext and associated data all
 * match. Thread-safe (a {@link Cipher} per call). Uses only the JDK's {@code javax.crypto}.
 */
public final class SecretCipher {

    /** The key's length in bytes: AES-256. */
    public static final int KEY_BYTES = 32;
    static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    /** @throws IllegalArgumentException when {@code key} is not {@link #KEY_BYTES} long */
    public SecretCipher(byte[] key) {
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("an AES-256 key has " + KEY_BYTES + " bytes, not " + key.length);
        }
        this.key = new SecretKeySpec(key, "AES");
    }

    /** A sealed value: the nonce it was sealed with, and the ciphertext with its tag. */
    public record Sealed(byte[] nonce, byte[] ciphertext) {}

    public Sealed seal(byte[] plaintext, byte[] associatedData) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, associatedData);
            return new Sealed(nonce, cipher.doFinal(plaintext));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has " + TRANSFORMATION, e);
        }
    }

    /** The value sealed in {@code ciphertext}; empty when it was not sealed by this key with these data. */
    public Optional<byte[]> open(byte[] nonce, byte[] ciphertext, byte[] associatedData) {
        if (nonce.length != NONCE_BYTES) {
            return Optional.empty();
        }
        try {
            return Optional.of(cipher(Cipher.DECRYPT_MODE, nonce, associatedData).doFinal(ciphertext));
        } catch (AEADBadTagException e) {
            return Optional.empty();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has " + TRANSFORMATION, e);
        }
    }

    private Cipher cipher(int mode, byte[] nonce, byte[] associatedData) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance(TRANSFORMATION);
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(associatedData);
        return cipher;
    }
}
