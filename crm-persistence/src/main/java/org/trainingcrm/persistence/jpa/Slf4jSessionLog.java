package org.trainingcrm.persistence.jpa;

import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.persistence.exceptions.EclipseLinkException;
import org.eclipse.persistence.logging.AbstractSessionLog;
import org.eclipse.persistence.logging.SessionLogEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/**
 * EclipseLink's log through SLF4J, at the levels the host sets for {@code org.eclipse.persistence}
 * and its categories ({@code org.eclipse.persistence.sql}, {@code .transaction}, ...); the unit's
 * own level setting is ignored. Bound values never appear: SQL is logged without its parameters,
 * and an exception only by its type, EclipseLink error code and SQLState, since the messages of
 * EclipseLink's and the drivers' exceptions quote the bound values (client names, phones).
 */
public class Slf4jSessionLog extends AbstractSessionLog {

    static final String ROOT = "org.eclipse.persistence";

    private final Map<String, Logger> loggers = new ConcurrentHashMap<>();

    public Slf4jSessionLog() {
        // every level passes AbstractSessionLog's own checks; SLF4J decides
        super.setLevel(ALL);
    }

    @Override
    public void log(SessionLogEntry entry) {
        Level level = levelOf(entry);
        String logger = loggerName(entry.getNameSpace());
        if (!enabled(level, logger)) {
            return;
        }
        String message = entry.hasMessage() ? formatMessage(entry) : "";
        if (entry.hasException()) {
            message = (message.isBlank() ? "" : message + ": ") + describe(entry.getException());
        }
        write(level, logger, message);
    }

    @Override
    public boolean shouldLog(int level, String category) {
        return level != OFF && enabled(levelOf(level), loggerName(category));
    }

    @Override
    public boolean shouldLog(int level) {
        return shouldLog(level, null);
    }

    @Override
    public int getLevel(String category) {
        for (int level = ALL; level < OFF; level++) {
            if (shouldLog(level, category)) {
                return level;
            }
        }
        return OFF;
    }

    @Override
    public int getLevel() {
        return getLevel(null);
    }

    @Override
    public void setLevel(int level, String category) {
        // the host sets levels through its SLF4J binding
    }

    @Override
    public void setLevel(int level) {
        // the host sets levels through its SLF4J binding
    }

    @Override
    public boolean shouldDisplayData() {
        return false;
    }

    @Override
    public void setShouldDisplayData(Boolean shouldDisplayData) {
        // bound values are personal data: never logged
    }

    /** Whether the host's SLF4J binding takes this level for this logger. */
    protected boolean enabled(Level level, String logger) {
        return logger(logger).isEnabledForLevel(level);
    }

    /** Hands one line to the host's SLF4J binding. */
    protected void write(Level level, String logger, String message) {
        logger(logger).atLevel(level).log(message);
    }

    private Logger logger(String name) {
        return loggers.computeIfAbsent(name, LoggerFactory::getLogger);
    }

    private static String loggerName(String category) {
        return category == null || category.isEmpty() ? ROOT : ROOT + "." + category;
    }

    private static Level levelOf(SessionLogEntry entry) {
        // EclipseLink logs every exception it raises at WARNING before throwing it to the caller,
        // who gets it as a typed error: a warning of its own would report the failure twice
        if (entry.hasException() && entry.getLevel() == WARNING && entry.getNameSpace() == null) {
            return Level.DEBUG;
        }
        return levelOf(entry.getLevel());
    }

    static Level levelOf(int level) {
        return switch (level) {
            case SEVERE -> Level.ERROR;
            case WARNING -> Level.WARN;
            // EclipseLink's INFO and CONFIG are its lifecycle (version, login): detail for a host
            case INFO, CONFIG, FINE -> Level.DEBUG;
            default -> Level.TRACE;
        };
    }

    /** The exception and its causes by type, EclipseLink error code and SQLState: never their messages. */
    static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder();
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < 10; cause = cause.getCause(), depth++) {
            if (depth > 0) {
                text.append(" caused by ");
            }
            text.append(cause.getClass().getName());
            if (cause instanceof EclipseLinkException eclipseLink) {
                text.append(" [EclipseLink-").append(eclipseLink.getErrorCode()).append(']');
            }
            if (cause instanceof SQLException sql) {
                text.append(" [SQLState ").append(sql.getSQLState()).append(", code ").append(sql.getErrorCode()).append(']');
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return text.append(" (messages left out: they may quote bound values)").toString();
    }
}
