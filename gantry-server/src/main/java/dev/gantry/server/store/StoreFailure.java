package dev.gantry.server.store;

import java.sql.SQLException;

/**
 * The database failed during an operation of an open store (connection lost, disk full, a bug in a statement).
 * Outcomes a caller can expect — unknown ids, duplicates, lost leases — are never reported this way.
 */
public final class StoreFailure extends RuntimeException {

    public StoreFailure(String message, SQLException cause) {
        super(message + ": " + cause.getMessage(), cause);
    }
}
