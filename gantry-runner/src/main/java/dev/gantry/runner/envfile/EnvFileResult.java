package dev.gantry.runner.envfile;

import java.util.Objects;

/** What reading an env file gave: its content, or the first problem found (nothing of the file is applied). */
public sealed interface EnvFileResult<T> {

    record Read<T>(T value) implements EnvFileResult<T> {
        public Read {
            Objects.requireNonNull(value, "value");
        }
    }

    record Malformed<T>(EnvFileError error) implements EnvFileResult<T> {
        public Malformed {
            Objects.requireNonNull(error, "error");
        }
    }
}
