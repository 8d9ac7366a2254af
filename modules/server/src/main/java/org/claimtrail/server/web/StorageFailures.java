package org.claimtrail.server.web;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

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
        if (namesUnavailability(failure)) {
            return true;
        }
        boolean sqlFailure = false;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            sqlFailure |= cause instanceof SQLException;
        }
        // Not every driver or pool states the cause: a pooled connection closed as the database went away fails
        // with a bare "Connection is closed". Whether PostgreSQL answers now is what tells.
        return sqlFailure && !reachable();
    }

    private static boolean namesUnavailability(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CannotCreateTransactionException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof TransientDataAccessException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLException sql && isUnservedState(sql.getSQLState())
                    // JdbcTransactionManager translates a failed commit by its SQLSTATE; what is left is a rollback
                    // that failed, on a connection broken under it (it hides the commit's failure too).
                    || cause instanceof TransactionSystemException) {
                return true;
            }
        }
        return false;
    }

    /**
     * SQLSTATE class 08 (connection exception, also what pgjdbc raises when its socket timeout gives up on a silent
     * server), 57P (operator intervention: the server shuts down), 57014 (a statement cancelled by statement_timeout)
     * and 55P03 (a lock not obtained within lock_timeout): PostgreSQL did not serve the request in time.
     */
    private static boolean isUnservedState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P") || state.equals("57014")
                || state.equals("55P03"));
    }

    private boolean reachable() {
        try (Connection connection = dataSource.getConnection()) {
            // Bounded like every wait on PostgreSQL: the pool's connection timeout, then one second.
            return connection.isValid(1);
        } catch (SQLException e) {
            return false;
        }
    }
}
