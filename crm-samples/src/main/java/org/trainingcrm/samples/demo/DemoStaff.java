package org.trainingcrm.samples.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.trainingcrm.domain.Crm;
import org.trainingcrm.domain.kernel.Actor;
import org.trainingcrm.domain.kernel.Role;
import org.trainingcrm.domain.access.User;
import org.trainingcrm.domain.kernel.UserId;
import org.trainingcrm.domain.branch.Branch;
import org.trainingcrm.domain.kernel.BranchId;

/**
 * Opens the demo centre's branches and staff on a fresh database, or finds them in a filled one
 * and signs the administrator in.
 */
final class DemoStaff {

    private DemoStaff() {
    }

    /** The centre the database already holds, or empty when the database is fresh. */
    static Optional<DemoCentre> existing(Crm crm) {
        Actor founder = founder();
        List<Branch> branches = crm.staff().branches(founder);
        if (branches.isEmpty()) {
            return Optional.empty();
        }
        List<User> staff = crm.staff().users(founder);
        Map<String, BranchId> branchByName = new LinkedHashMap<>();
        branches.forEach(b -> branchByName.put(b.name(), b.id()));
        Map<String, UserId> userByLogin = new LinkedHashMap<>();
        staff.forEach(u -> userByLogin.put(u.login(), u.id()));
        List<String> missing = new ArrayList<>();
        DemoCentrePlan.OFFICES.stream().map(DemoCentrePlan.Office::name)
                .filter(name -> !branchByName.containsKey(name)).forEach(missing::add);
        DemoCentrePlan.STAFF.stream().map(DemoCentrePlan.Staff::login)
                .filter(login -> !userByLogin.containsKey(login)).forEach(missing::add);
        if (!missing.isEmpty()) {
            throw new IllegalStateException("the database holds branches but not the demo centre (missing "
                    + missing + "); point the demo at an empty folder");
        }
        return Optional.of(centre(crm, branchByName, userByLogin, staff));
    }

    /** Opens the branches and gives the staff their logins on a fresh database. */
    static DemoCentre open(Crm crm) {
        Actor founder = founder();
        Map<String, BranchId> branchByName = new LinkedHashMap<>();
        for (DemoCentrePlan.Office office : DemoCentrePlan.OFFICES) {
            branchByName.put(office.name(), crm.staff().openBranch(founder, office.name(),
                    office.country().code(), office.headOffice()));
        }
        Map<String, UserId> userByLogin = new LinkedHashMap<>();
        for (DemoCentrePlan.Staff member : DemoCentrePlan.STAFF) {
            userByLogin.put(member.login(), crm.staff().addUser(founder, member.login(), member.name(),
                    branchByName.get(member.office()), Set.of(member.role())));
        }
        return centre(crm, branchByName, userByLogin, crm.staff().users(founder));
    }

    /**
     * The host's own identity for setting the centre up. The CRM trusts the actor a host hands
     * it (the host authenticates), and it has no use case for the very first administrator, so
     * the demo acts as an administrator of its own here, as the domain's test fixtures do.
     */
    private static Actor founder() {
        return new Actor(UserId.newId(), Set.of(Role.ADMINISTRATOR), BranchId.newId(), Locale.ROOT);
    }

    private static DemoCentre centre(Crm crm, Map<String, BranchId> branchByName, Map<String, UserId> userByLogin,
            List<User> staff) {
        List<DemoOffice> offices = new ArrayList<>();
        for (DemoCentrePlan.Office office : DemoCentrePlan.OFFICES) {
            List<DemoCentrePlan.Staff> managers = DemoCentrePlan.STAFF.stream()
                    .filter(s -> s.office().equals(office.name()) && s.role() == Role.MANAGER)
                    .toList();
            offices.add(new DemoOffice(branchByName.get(office.name()), office,
                    managers.stream().map(s -> userByLogin.get(s.login())).toList(),
                    managers.stream().map(DemoCentrePlan.Staff::share).toList()));
        }
        DemoCentrePlan.Staff admin = DemoCentrePlan.STAFF.stream()
                .filter(s -> s.login().equals(DemoCentrePlan.ADMINISTRATOR)).findFirst().orElseThrow();
        Actor administrator = crm.staff().actorFor(userByLogin.get(admin.login()), admin.locale());
        return new DemoCentre(administrator, offices, staff);
    }
}
