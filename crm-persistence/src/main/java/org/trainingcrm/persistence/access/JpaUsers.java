package org.trainingcrm.persistence.access;

import java.util.Optional;
import org.trainingcrm.domain.access.User;
import org.trainingcrm.domain.kernel.UserId;
import org.trainingcrm.domain.access.Users;
import org.trainingcrm.persistence.jpa.JpaTransactions;
import org.trainingcrm.persistence.jpa.JpaRepository;

/** The CRM's users in the CRM database. */
public final class JpaUsers extends JpaRepository<User, UserId> implements Users {

    public JpaUsers(JpaTransactions transactions) {
        super(transactions, User.class);
    }

    @Override
    public Optional<User> byLogin(String login) {
        return em().createQuery("select u from User u where u.login = :login", User.class)
                .setParameter("login", login).getResultStream().findFirst();
    }
}
