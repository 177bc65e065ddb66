package org.trainingcrm.persistence.schedule;

import java.time.LocalDate;
import java.util.List;
import org.trainingcrm.domain.catalog.CourseId;
import org.trainingcrm.domain.schedule.Group;
import org.trainingcrm.domain.schedule.GroupId;
import org.trainingcrm.domain.schedule.Groups;
import org.trainingcrm.domain.schedule.RoomId;
import org.trainingcrm.persistence.jpa.JpaTransactions;
import org.trainingcrm.persistence.jpa.JpaRepository;

/** The groups in the CRM database. */
public final class JpaGroups extends JpaRepository<Group, GroupId> implements Groups {

    public JpaGroups(JpaTransactions transactions) {
        super(transactions, Group.class);
    }

    /** Written at once: its lessons refer to it by id only and follow in the same unit of work. */
    @Override
    public void add(Group group) {
        super.add(group);
        em().flush();
    }

    @Override
    public List<Group> ofCourse(CourseId course) {
        return em().createQuery("select g from Group g where g.course = :course", Group.class)
                .setParameter("course", course).getResultList();
    }

    @Override
    public List<Group> usingRoom(RoomId room) {
        return em().createQuery("select g from Group g where g.room = :room", Group.class)
                .setParameter("room", room).getResultList();
    }

    /**
     * Takes the group row's lock with an UPDATE that changes nothing, the one portable row lock
     * (see {@link JpaBookingLocks}); a group read before in this unit of work is read again, as
     * another enrollment may have confirmed it while this one waited.
     */
    @Override
    public void lockForEnrollment(GroupId group) {
        em().createNativeQuery("UPDATE course_group SET version = version WHERE id = ?")
                .setParameter(1, group.toString()).executeUpdate();
        Group loaded = em().find(Group.class, group);
        if (loaded != null) {
            em().refresh(loaded);
        }
    }

    @Override
    public List<Group> startingBetween(LocalDate from, LocalDate to) {
        return em().createQuery("select g from Group g where g.startDate between :from and :to", Group.class)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }
}
