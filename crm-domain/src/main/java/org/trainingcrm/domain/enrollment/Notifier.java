package org.trainingcrm.domain.enrollment;

import java.util.List;
import org.trainingcrm.domain.schedule.GroupId;

/**
 * Port: hands notices to the registrants of a group (E8). It is called inside the use case's
 * transaction, so an implementation should queue (an outbox), not send: a notice of a change
 * that rolls back must not reach anyone. The CRM database keeps them in a table the host
 * delivers from; the test fixtures record them.
 */
public interface Notifier {

    /** Queues the notice for delivery. */
    void send(Notice notice);

    /** The notices queued about the group, oldest first. */
    List<Notice> sentAbout(GroupId group);
}
