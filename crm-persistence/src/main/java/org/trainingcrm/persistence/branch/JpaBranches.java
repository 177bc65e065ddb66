package org.trainingcrm.persistence.branch;

import org.trainingcrm.domain.branch.Branch;
import org.trainingcrm.domain.kernel.BranchId;
import org.trainingcrm.domain.branch.Branches;
import org.trainingcrm.persistence.jpa.JpaTransactions;
import org.trainingcrm.persistence.jpa.JpaRepository;

/** The branches in the CRM database. */
public final class JpaBranches extends JpaRepository<Branch, BranchId> implements Branches {

    public JpaBranches(JpaTransactions transactions) {
        super(transactions, Branch.class);
    }
}
