package dev.gantry.server.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.engine.exec.Conclusion;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** How values that are not plain SQL types are kept in columns: conclusions as word + reason, JSON as text. */
final class Columns {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Columns() {}

    static Optional<String> conclusionWord(Optional<Conclusion> conclusion) {
        return conclusion.map(Conclusion::result);
    }

    static Optional<String> conclusionReason(Optional<Conclusion> conclusion) {
        return conclusion.flatMap(c -> switch (c) {
            case Conclusion.Success s -> Optional.empty();
            case Conclusion.Failure f -> Optional.of(f.reason());
            case Conclusion.Cancelled x -> Optional.of(x.reason());
            case Conclusion.Skipped s -> Optional.of(s.why());
        });
    }

    static Optional<Conclusion> conclusion(Row row) throws SQLException {
        Optional<String> word = row.optionalString("conclusion");
        if (word.isEmpty()) {
            return Optional.empty();
        }
        String reason = row.optionalString("conclusion_reason").orElse("");
        return Optional.of(switch (word.get()) {
            case "success" -> Conclusion.SUCCESS;
            case "failure" -> new Conclusion.Failure(reason);
            case "cancelled" -> new Conclusion.Cancelled(reason);
            case "skipped" -> new Conclusion.Skipped(reason);
            default -> throw new SQLException("unknown conclusion \"" + word.get() + "\" in the database");
        });
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    static List<String> stringList(Row row, String column) throws SQLException {
        return List.copyOf(read(row, column, new TypeReference<List<String>>() {}));
    }

    static Map<String, String> stringMap(Row row, String column) throws SQLException {
        return Map.copyOf(read(row, column, new TypeReference<TreeMap<String, String>>() {}));
    }

    private static <T> T read(Row row, String column, TypeReference<T> type) throws SQLException {
        try {
            return JSON.readValue(row.string(column), type);
        } catch (JsonProcessingException e) {
            throw new SQLException("column " + column + " does not hold the expected JSON: " + e.getOriginalMessage(), e);
        }
    }
}
