package org.trainingcrm.persistence.access;

import java.util.List;
import javax.sql.DataSource;
import org.trainingcrm.domain.access.AccessPorts;
import org.trainingcrm.domain.kernel.PortBundles;
import org.trainingcrm.persistence.jpa.DatabaseFeature;
import org.trainingcrm.persistence.jpa.JpaTransactions;
import org.trainingcrm.persistence.jpa.UniqueRule;

/** The access feature's stores on the database. */
public final class AccessTables implements DatabaseFeature {

    @Override
    public void keep(JpaTransactions transactions, DataSource dataSource, PortBundles bundles) {
        bundles.keep(AccessPorts.class, new AccessPorts(new JpaUsers(transactions)));
    }

    @Override
    public List<UniqueRule> uniqueRules() {
        return List.of(
                new UniqueRule("uq_crm_user_login", "user.login.taken",
                        "the login is taken by another user"),
                new UniqueRule("pk_crm_user_role", "user.role.duplicate",
                        "the user holds the role already"));
    }
}
