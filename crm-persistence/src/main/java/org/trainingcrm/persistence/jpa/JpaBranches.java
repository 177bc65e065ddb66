package org.trainingcrm.persistence.jpa;

import org.trainingcrm.domain.branch.Branch;
import org.trainingcrm.domain.branch.BranchId;
import org.trainingcrm.domain.branch.Branches;

/** The branches in the CRM database. */
public final class JpaBranches extends JpaRepository<Branch, BranchId> implements Branches {

    public JpaBranches(JpaTransactions transactions) {
        super(transactions, Branch.class);
    }
}
