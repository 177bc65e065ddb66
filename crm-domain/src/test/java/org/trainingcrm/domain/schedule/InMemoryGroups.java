package org.trainingcrm.domain.schedule;

import java.util.List;
import org.trainingcrm.domain.catalog.CourseId;
import org.trainingcrm.domain.fixtures.InMemoryStore;
import org.trainingcrm.domain.fixtures.InMemoryTransactions;

/** The Groups port in memory. */
public final class InMemoryGroups extends InMemoryStore<GroupId, Group> implements Groups {
    public InMemoryGroups(InMemoryTransactions transactions) {
        super("group", Group::id, transactions);
    }

    @Override
    public List<Group> ofCourse(CourseId course) {
        return stream().filter(g -> g.course().equals(course)).toList();
    }

    @Override
    public List<Group> usingRoom(RoomId room) {
        return stream().filter(g -> g.room().equals(room)).toList();
    }

    @Override
    public void lockForEnrollment(GroupId group) {
        // InMemoryTransactions.inTransaction is synchronized: enrollments already take turns
    }

    @Override
    public List<Group> startingBetween(java.time.LocalDate from, java.time.LocalDate to) {
        return stream().filter(g -> !g.startDate().isBefore(from) && !g.startDate().isAfter(to)).toList();
    }
}
