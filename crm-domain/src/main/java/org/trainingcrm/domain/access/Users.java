package org.trainingcrm.domain.access;

import java.util.List;
import java.util.Optional;
import org.trainingcrm.domain.kernel.UserId;

/** Port: the staff who use the CRM. */
public interface Users {

    Optional<User> byId(UserId id);

    Optional<User> byLogin(String login);

    List<User> all();

    void add(User user);
}
