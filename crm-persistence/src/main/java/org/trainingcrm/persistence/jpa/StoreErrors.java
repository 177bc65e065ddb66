package org.trainingcrm.persistence.jpa;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.persistence.exceptions.EclipseLinkException;
import org.trainingcrm.domain.kernel.CrmException;
import org.trainingcrm.domain.kernel.RuleViolation;
import org.trainingcrm.domain.kernel.StoreRefused;
import org.trainingcrm.domain.kernel.StoreUnavailable;

/**
 * Turns what EclipseLink and the JDBC driver throw into the CRM's typed errors, so no
 * persistence or SQL exception leaves the store: a lost duplicate race into the rule its
 * constraint protects, a broken or refused connection into {@link StoreUnavailable}, any other
 * refusal into {@link StoreRefused}. An error that is neither the store's nor the CRM's (a
 * defect) passes unchanged.
 */
public final class StoreErrors {

    private final List<UniqueRule> rules;

    public StoreErrors(List<UniqueRule> rules) {
        // longest name first, so a constraint whose name starts another's is matched whole
        List<UniqueRule> sorted = new ArrayList<>(rules);
        sorted.sort(Comparator.comparingInt((UniqueRule r) -> r.constraint().length()).reversed());
        this.rules = List.copyOf(sorted);
    }

    /** The CRM's error for the failure of a unit of work. */
    public RuntimeException translate(RuntimeException failure) {
        if (failure instanceof CrmException) {
            return failure;
        }
        List<SQLException> causes = sqlCauses(failure);
        List<SQLException> duplicates = causes.stream()
                .filter(e -> SqlStates.UNIQUE_VIOLATION.equals(e.getSQLState())).toList();
        if (!duplicates.isEmpty()) {
            return duplicate(duplicates);
        }
        for (SQLException e : causes) {
            Optional<StoreUnavailable> unavailable = unavailable(e);
            if (unavailable.isPresent()) {
                return unavailable.get();
            }
        }
        if (!causes.isEmpty()) {
            SQLException first = causes.get(0);
            return new StoreRefused("the CRM database refused a statement (vendor code " + first.getErrorCode()
                    + "); the unit of work was rolled back", first.getSQLState());
        }
        if (isPersistence(failure)) {
            return new StoreRefused("the persistence layer failed the unit of work with "
                    + failure.getClass().getSimpleName() + "; it was rolled back", null);
        }
        return failure;
    }

    /** The store's failure to open, when the chain says the database is out of reach; else empty. */
    public static Optional<StoreUnavailable> unreachable(Throwable failure) {
        for (SQLException e : sqlCauses(failure)) {
            Optional<StoreUnavailable> unavailable = unavailable(e);
            if (unavailable.isPresent()) {
                return unavailable;
            }
        }
        return Optional.empty();
    }

    private static Optional<StoreUnavailable> unavailable(SQLException e) {
        return SqlStates.kindOf(e).map(kind -> new StoreUnavailable(kind, SqlStates.explain(kind), e.getSQLState(),
                connectionFailure(e)));
    }

    /** The driver's own words about a connection help the host; they carry no bound values. */
    private static Throwable connectionFailure(SQLException e) {
        SQLException plain = new SQLException(e.getMessage(), e.getSQLState(), e.getErrorCode());
        plain.setStackTrace(e.getStackTrace());
        return plain;
    }

    /** The rule of the constraint a duplicate broke; a batch names it in a next exception, not its own. */
    private RuntimeException duplicate(List<SQLException> duplicates) {
        for (SQLException e : duplicates) {
            String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
            for (UniqueRule rule : rules) {
                // PostgreSQL quotes the name with ", Derby upper-cases it and quotes with '
                Pattern named = Pattern.compile("[\"']" + Pattern.quote(rule.constraint().toLowerCase(Locale.ROOT))
                        + "[\"']");
                if (named.matcher(message).find()) {
                    return new RuleViolation(rule.rule(), rule.message());
                }
            }
        }
        SQLException e = duplicates.get(0);
        // not the driver's message: PostgreSQL's names the duplicate values, personal data among them
        return new StoreRefused("a unique key of the CRM database refused a duplicate no rule names;"
                + " the unit of work was rolled back", e.getSQLState());
    }

    private static boolean isPersistence(Throwable failure) {
        for (Throwable t : chain(failure)) {
            if (t instanceof PersistenceException || t instanceof EclipseLinkException) {
                return true;
            }
        }
        return false;
    }

    private static List<SQLException> sqlCauses(Throwable failure) {
        return chain(failure).stream().filter(SQLException.class::isInstance).map(SQLException.class::cast).toList();
    }

    /** The failure and every cause, driver's next exception and EclipseLink internal exception, outer first. */
    private static List<Throwable> chain(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Throwable> all = new ArrayList<>();
        Deque<Throwable> todo = new ArrayDeque<>();
        todo.add(failure);
        while (!todo.isEmpty()) {
            Throwable t = todo.poll();
            if (!seen.add(t)) {
                continue;
            }
            all.add(t);
            addIfAny(todo, t.getCause());
            if (t instanceof SQLException sql) {
                addIfAny(todo, sql.getNextException());
            }
            if (t instanceof EclipseLinkException eclipseLink) {
                addIfAny(todo, eclipseLink.getInternalException());
            }
        }
        return all;
    }

    private static void addIfAny(Deque<Throwable> todo, Throwable t) {
        if (t != null) {
            todo.add(t);
        }
    }
}
