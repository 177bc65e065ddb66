package org.trainingcrm.persistence.assignment;

import org.trainingcrm.domain.assignment.Reassignment;
import org.trainingcrm.domain.assignment.ReassignmentId;
import org.trainingcrm.domain.assignment.Reassignments;
import org.trainingcrm.persistence.jpa.JpaTransactions;
import org.trainingcrm.persistence.jpa.JpaRepository;

/** The redistributions of clients in the CRM database. */
public final class JpaReassignments extends JpaRepository<Reassignment, ReassignmentId> implements Reassignments {

    public JpaReassignments(JpaTransactions transactions) {
        super(transactions, Reassignment.class);
    }
}
