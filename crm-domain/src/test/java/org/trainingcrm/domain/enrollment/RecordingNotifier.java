package org.trainingcrm.domain.enrollment;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.trainingcrm.domain.fixtures.InMemoryStore;
import org.trainingcrm.domain.fixtures.InMemoryTransactions;
import org.trainingcrm.domain.schedule.GroupId;

/** Records the notices it is given; they roll back with the transaction, as an outbox table does. */
public final class RecordingNotifier extends InMemoryStore<UUID, Notice> implements Notifier {
    public RecordingNotifier(InMemoryTransactions transactions) {
        super("notice", Notice::id, transactions);
    }

    @Override
    public void send(Notice notice) {
        add(notice);
    }

    @Override
    public List<Notice> sentAbout(GroupId group) {
        return stream().filter(n -> n.group().equals(group)).sorted(Comparator.comparing(Notice::createdAt))
                .toList();
    }
}
