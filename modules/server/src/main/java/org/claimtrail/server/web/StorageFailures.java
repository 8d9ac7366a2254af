package org.claimtrail.server.web;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/** Tells PostgreSQL being unreachable from other failures, whatever wraps the cause. */
@Component
class StorageFailures {

    private final DataSource dataSource;

    StorageFailures(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    boolean isUnavailable(Throwable failure) {
        boolean sqlFailure = false;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CannotCreateTransactionException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof TransientDataAccessException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
                return true;
            }
            sqlFailure |= cause instanceof SQLException;
        }
        // Not every driver or pool states the cause: a pooled connection closed as the database went away fails
        // with a bare "Connection is closed". Whether PostgreSQL answers now is what tells.
        return sqlFailure && !reachable();
    }

    /** SQLSTATE class 08 (connection exception) and 57P (operator intervention: the server shuts down). */
    private static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P"));
    }

    private boolean reachable() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }
}
