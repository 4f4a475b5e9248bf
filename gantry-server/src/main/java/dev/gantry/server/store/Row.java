package dev.gantry.server.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

/** The current row of a query, read by column label; NULL comes back as an empty {@code Optional}. */
public final class Row {

    private final ResultSet rows;

    Row(ResultSet rows) {
        this.rows = rows;
    }

    public long longValue(String column) throws SQLException {
        return rows.getLong(column);
    }

    long longValue(int index) throws SQLException {
        return rows.getLong(index);
    }

    public boolean bool(String column) throws SQLException {
        return rows.getBoolean(column);
    }

    public int intValue(String column) throws SQLException {
        return rows.getInt(column);
    }

    public Optional<Long> optionalLong(String column) throws SQLException {
        long value = rows.getLong(column);
        return rows.wasNull() ? Optional.empty() : Optional.of(value);
    }

    /** A NOT NULL text column. */
    public String string(String column) throws SQLException {
        String value = rows.getString(column);
        if (value == null) {
            throw new SQLException("column " + column + " is unexpectedly NULL");
        }
        return value;
    }

    public Optional<String> optionalString(String column) throws SQLException {
        return Optional.ofNullable(rows.getString(column));
    }

    /** A NOT NULL timestamp column. */
    public Instant instant(String column) throws SQLException {
        return optionalInstant(column).orElseThrow(() -> new SQLException("column " + column + " is unexpectedly NULL"));
    }

    public Optional<Instant> optionalInstant(String column) throws SQLException {
        return Optional.ofNullable(rows.getObject(column, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
    }

    public byte[] bytes(String column) throws SQLException {
        byte[] value = rows.getBytes(column);
        return value == null ? new byte[0] : value;
    }
}
