package org.trainingcrm.persistence.jpa;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import liquibase.change.custom.CustomTaskChange;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.CustomChangeException;
import liquibase.exception.SetupException;
import liquibase.exception.ValidationErrors;
import liquibase.resource.ResourceAccessor;
import org.trainingcrm.domain.kernel.SortLocale;

/**
 * A Liquibase change that fills the sort keys ({@link SortLocale}) of rows written before the
 * columns existed: it reads each row's text and writes its key for every order whose column is
 * still empty, a batch of rows at a time, in the change set's transaction.
 */
public final class SortKeyFill implements CustomTaskChange {

    private static final Pattern NAME = Pattern.compile("[a-z_]+");
    private static final int BATCH = 500;

    private String table;
    private String textColumn;
    private String keyPrefix;

    public void setTable(String table) {
        this.table = table;
    }

    public void setTextColumn(String textColumn) {
        this.textColumn = textColumn;
    }

    public void setKeyPrefix(String keyPrefix) {
        this.keyPrefix = keyPrefix;
    }

    @Override
    public void execute(Database database) throws CustomChangeException {
        Connection connection = ((JdbcConnection) database.getConnection()).getUnderlyingConnection();
        List<String> sets = new ArrayList<>();
        for (SortLocale order : SortLocale.values()) {
            sets.add(keyPrefix + order.column() + " = ?");
        }
        String select = "SELECT id, " + textColumn + " FROM " + table + " WHERE " + keyPrefix
                + SortLocale.ROOT.column() + " IS NULL";
        String update = "UPDATE " + table + " SET " + String.join(", ", sets) + " WHERE id = ?";
        try (PreparedStatement rows = connection.prepareStatement(select);
                PreparedStatement write = connection.prepareStatement(update);
                ResultSet found = rows.executeQuery()) {
            int pending = 0;
            while (found.next()) {
                String text = found.getString(2);
                int parameter = 1;
                for (SortLocale order : SortLocale.values()) {
                    write.setBytes(parameter++, order.key(text));
                }
                write.setString(parameter, found.getString(1));
                write.addBatch();
                if (++pending == BATCH) {
                    write.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                write.executeBatch();
            }
        } catch (SQLException e) {
            throw new CustomChangeException("cannot fill the sort keys of " + table, e);
        }
    }

    @Override
    public String getConfirmationMessage() {
        return "sort keys of " + table + " filled";
    }

    @Override
    public void setUp() throws SetupException {
    }

    @Override
    public void setFileOpener(ResourceAccessor resourceAccessor) {
    }

    @Override
    public ValidationErrors validate(Database database) {
        ValidationErrors errors = new ValidationErrors();
        for (String name : new String[] {table, textColumn, keyPrefix}) {
            if (name == null || !NAME.matcher(name).matches()) {
                errors.addError("table, textColumn and keyPrefix must be lower-case SQL names, got " + name);
            }
        }
        return errors;
    }
}
