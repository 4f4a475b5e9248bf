package dev.gantry.runner.builtin.cache;

/** Byte counts for log lines. */
final class Sizes {

    private Sizes() {}

    static String human(long bytes) {
        if (bytes < 1024 * 1024) {
            return "%d KB".formatted(Math.max(1, Math.round(bytes / 1024.0)));
        }
        return "%d MB".formatted(Math.round(bytes / (1024.0 * 1024)));
    }
}
