package dev.gantry.runner.store;

import java.util.Locale;

/** What a ref of a stored repository is: GitHub resolves a tag before a branch of the same name. */
public enum RefKind {
    TAG, BRANCH, SHA;

    /** {@code tag}, {@code branch} or {@code sha}, as printed and written to JSON. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
