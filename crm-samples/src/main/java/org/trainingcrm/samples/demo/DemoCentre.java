package org.trainingcrm.samples.demo;

import java.util.List;
import java.util.Locale;
import org.trainingcrm.domain.Crm;
import org.trainingcrm.domain.kernel.Actor;
import org.trainingcrm.domain.access.User;
import org.trainingcrm.domain.kernel.UserId;
import org.trainingcrm.domain.kernel.NotFound;

/**
 * The demo centre found in (or just put into) the database: the administrator signed in, the
 * offices and the staff.
 */
record DemoCentre(Actor administrator, List<DemoOffice> offices, List<User> staff) {

    DemoCentre {
        offices = List.copyOf(offices);
        staff = List.copyOf(staff);
    }

    DemoOffice office(DemoCentrePlan.Office plan) {
        return offices.stream().filter(o -> o.plan().equals(plan)).findFirst()
                .orElseThrow(() -> new NotFound("office", plan.name()));
    }

    User user(String login) {
        return staff.stream().filter(u -> u.login().equals(login)).findFirst()
                .orElseThrow(() -> new NotFound("user", login));
    }

    /** Signs a member of staff in, in the language the plan gives them. */
    Actor signIn(Crm crm, UserId id) {
        User user = staff.stream().filter(u -> u.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFound("user", id));
        Locale locale = DemoCentrePlan.STAFF.stream().filter(s -> s.login().equals(user.login()))
                .map(DemoCentrePlan.Staff::locale).findFirst().orElse(Locale.ROOT);
        return crm.staff().actorFor(id, locale);
    }

    String nameOf(UserId id) {
        return staff.stream().filter(u -> u.id().equals(id)).map(User::displayName).findFirst()
                .orElse(id.toString());
    }
}
