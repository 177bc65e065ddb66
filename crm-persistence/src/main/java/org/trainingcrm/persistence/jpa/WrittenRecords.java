package org.trainingcrm.persistence.jpa;

import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;
import org.eclipse.persistence.jpa.JpaHelper;
import org.eclipse.persistence.queries.ObjectLevelModifyQuery;

/**
 * The versioned records the running unit of work updates or deletes, each with EclipseLink's
 * copy of it as read. A batch of updates refused by the optimistic lock does not say which
 * record it was; one of these is, the one whose stored version has moved since.
 */
final class WrittenRecords extends DescriptorEventAdapter {

    /** A record written and the copy holding the state, and the version, it was read at. */
    record Written(Object record, Object asRead) {
    }

    private final ThreadLocal<List<Written>> written = new ThreadLocal<>();

    /** Listens to every versioned descriptor of the unit's session. */
    void listenTo(EntityManagerFactory factory) {
        for (ClassDescriptor descriptor : JpaHelper.getServerSession(factory).getDescriptors().values()) {
            if (descriptor.usesOptimisticLocking()) {
                descriptor.getEventManager().addListener(this);
            }
        }
    }

    /** Starts the thread's record of a new unit of work. */
    void begin() {
        written.set(new ArrayList<>());
    }

    /** What the thread's unit of work wrote, and forgets it. */
    List<Written> end() {
        List<Written> all = written.get();
        written.remove();
        return all == null ? List.of() : all;
    }

    @Override
    public void aboutToUpdate(DescriptorEvent event) {
        remember(event);
    }

    @Override
    public void aboutToDelete(DescriptorEvent event) {
        remember(event);
    }

    private void remember(DescriptorEvent event) {
        List<Written> all = written.get();
        if (all != null && event.getQuery() instanceof ObjectLevelModifyQuery query) {
            all.add(new Written(event.getObject(), query.getBackupClone()));
        }
    }
}
