package org.trainingcrm.persistence.assignment;

import java.util.List;
import java.util.Optional;
import org.trainingcrm.domain.kernel.UserId;
import org.trainingcrm.domain.assignment.AssignmentId;
import org.trainingcrm.domain.assignment.Assignments;
import org.trainingcrm.domain.assignment.ManagerAssignment;
import org.trainingcrm.domain.assignment.ReassignmentId;
import org.trainingcrm.domain.assignment.ServiceLine;
import org.trainingcrm.domain.client.ClientId;
import org.trainingcrm.persistence.jpa.JpaTransactions;
import org.trainingcrm.persistence.jpa.JpaRepository;

/** Manager assignments, past and present, in the CRM database. */
public final class JpaAssignments extends JpaRepository<ManagerAssignment, AssignmentId> implements Assignments {

    public JpaAssignments(JpaTransactions transactions) {
        super(transactions, ManagerAssignment.class);
    }

    @Override
    public Optional<ManagerAssignment> current(ClientId client, ServiceLine line) {
        return em().createQuery("select a from ManagerAssignment a where a.client = :client"
                + " and a.serviceLine = :line and a.endedAt is null", ManagerAssignment.class)
                .setParameter("client", client).setParameter("line", line.code())
                .getResultStream().findFirst();
    }

    @Override
    public List<ManagerAssignment> ofClient(ClientId client) {
        return em().createQuery("select a from ManagerAssignment a where a.client = :client", ManagerAssignment.class)
                .setParameter("client", client).getResultList();
    }

    @Override
    public List<ManagerAssignment> madeBy(ReassignmentId reassignment) {
        return em().createQuery("select a from ManagerAssignment a where a.reassignment = :r", ManagerAssignment.class)
                .setParameter("r", reassignment).getResultList();
    }

    @Override
    public List<ClientId> currentClientsOf(UserId manager, ServiceLine line) {
        return em().createQuery("select a.client from ManagerAssignment a where a.manager = :manager"
                + " and a.serviceLine = :line and a.endedAt is null", ClientId.class)
                .setParameter("manager", manager).setParameter("line", line.code()).getResultList();
    }
}
