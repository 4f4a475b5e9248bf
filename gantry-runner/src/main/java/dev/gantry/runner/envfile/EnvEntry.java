package dev.gantry.runner.envfile;

import java.util.Objects;

/** One {@code NAME=value} (or {@code NAME<<DELIMITER} … value) of an env file, with the line it starts on. */
public record EnvEntry(String name, String value, int line) {

    public EnvEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }
}
