package org.trainingcrm.domain.access;

import java.util.Optional;
import org.trainingcrm.domain.fixtures.InMemoryStore;
import org.trainingcrm.domain.fixtures.InMemoryTransactions;
import org.trainingcrm.domain.kernel.UserId;

/** The Users port in memory. */
public final class InMemoryUsers extends InMemoryStore<UserId, User> implements Users {
    public InMemoryUsers(InMemoryTransactions transactions) {
        super("user", User::id, transactions);
    }

    @Override
    public Optional<User> byLogin(String login) {
        return stream().filter(u -> u.login().equals(login)).findFirst();
    }
}
