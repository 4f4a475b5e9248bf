package dev.gantry.runner.secrets;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** What reading a dotenv file gave: its values in file order, or one message naming the file (and line). */
public sealed interface DotenvResult {

    /** The values by name, in the order first defined; a name defined twice keeps its last value. */
    record Values(Map<String, String> values) implements DotenvResult {
        public Values {
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }
    }

    /** E.g. {@code secrets.env:4: invalid name '9x': …}; shown to the user as is. */
    record Failed(String message) implements DotenvResult {
        public Failed {
            Objects.requireNonNull(message, "message");
        }
    }
}
