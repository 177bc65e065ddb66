package org.trainingcrm.persistence.enrollment;

import java.util.List;
import java.util.UUID;
import org.trainingcrm.domain.enrollment.Notice;
import org.trainingcrm.domain.enrollment.Notifier;
import org.trainingcrm.domain.schedule.GroupId;
import org.trainingcrm.persistence.jpa.JpaTransactions;
import org.trainingcrm.persistence.jpa.JpaRepository;

/**
 * The notifier of the CRM database: an outbox. Notices are written to the enrollment_notice
 * table in the use case's transaction, so a notice exists exactly when the change it announces
 * was committed; the host reads the table (or {@link #sentAbout}) and delivers them its own way.
 */
public final class JpaNoticeOutbox extends JpaRepository<Notice, UUID> implements Notifier {

    public JpaNoticeOutbox(JpaTransactions transactions) {
        super(transactions, Notice.class);
    }

    @Override
    public void send(Notice notice) {
        add(notice);
    }

    @Override
    public List<Notice> sentAbout(GroupId group) {
        return em().createQuery("select n from Notice n where n.group = :group order by n.createdAt", Notice.class)
                .setParameter("group", group).getResultList();
    }
}
