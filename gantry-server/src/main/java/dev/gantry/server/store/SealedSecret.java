package dev.gantry.server.store;

import java.util.Objects;

/**
 * A secret as the database keeps it: its upper-case name and its value sealed (encrypted and authenticated) by the
 * caller. The store never sees a value in the clear.
 *
 * @param nonce      the nonce the value was sealed with
 * @param ciphertext the sealed value, with its authentication tag
 */
public record SealedSecret(String name, byte[] nonce, byte[] ciphertext) {

    public SealedSecret {
        Objects.requireNonNull(name, "name");
        nonce = nonce.clone();
        ciphertext = ciphertext.clone();
    }

    @Override
    public byte[] nonce() {
        return nonce.clone();
    }

    @Override
    public byte[] ciphertext() {
        return ciphertext.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SealedSecret s && s.name.equals(name) && java.util.Arrays.equals(s.nonce, nonce)
                && java.util.Arrays.equals(s.ciphertext, ciphertext);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, java.util.Arrays.hashCode(nonce), java.util.Arrays.hashCode(ciphertext));
    }

    @Override
    public String toString() {
        return "SealedSecret[" + name + "]";
    }
}
