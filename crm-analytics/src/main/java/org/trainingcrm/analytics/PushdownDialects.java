package org.trainingcrm.analytics;

import java.sql.DatabaseMetaData;

import org.apache.calcite.sql.SqlDialect;
import org.apache.calcite.sql.SqlDialectFactory;
import org.apache.calcite.sql.SqlDialectFactoryImpl;
import org.apache.calcite.sql.SqlDialects;
import org.apache.calcite.sql.dialect.DerbySqlDialect;

/**
 * Chooses the SQL dialect Calcite writes when it pushes a query down to the CRM database:
 * Calcite's own choice, corrected where it writes SQL the database refuses.
 */
final class PushdownDialects implements SqlDialectFactory {

    static final PushdownDialects INSTANCE = new PushdownDialects();

    private PushdownDialects() {
    }

    @Override
    public SqlDialect create(DatabaseMetaData metaData) {
        SqlDialect calcitesChoice = SqlDialectFactoryImpl.INSTANCE.create(metaData);
        if (calcitesChoice instanceof DerbySqlDialect) {
            return new DerbyWithoutCharacterSets(SqlDialects.createContext(metaData)
                    .withDatabaseProduct(SqlDialect.DatabaseProduct.DERBY));
        }
        return calcitesChoice;
    }

    /**
     * Calcite 1.42's Derby dialect writes {@code CAST(x AS VARCHAR(200) CHARACTER SET "ISO-8859-1")}
     * for every text cast (COALESCE on a text column produces one), and Derby rejects the
     * CHARACTER SET clause as a syntax error. Derby strings are always Unicode, so the clause
     * carries nothing and is left out, as Calcite's PostgreSQL dialect already does.
     */
    private static final class DerbyWithoutCharacterSets extends DerbySqlDialect {

        DerbyWithoutCharacterSets(Context context) {
            super(context);
        }

        @Override
        public boolean supportsCharSet() {
            return false;
        }
    }
}
