package org.trainingcrm.domain.access;

import org.trainingcrm.domain.CrmFeatures;
import org.trainingcrm.domain.Crm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import org.trainingcrm.domain.assignment.AssignmentPermission;
import org.trainingcrm.domain.people.PeoplePermission;
import org.trainingcrm.domain.client.ClientPermission;
import org.trainingcrm.domain.branch.BranchPorts;

import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trainingcrm.domain.branch.Branch;
import org.trainingcrm.domain.kernel.BranchId;
import org.trainingcrm.domain.fixtures.InMemoryCrm;
import org.trainingcrm.domain.kernel.Actor;
import org.trainingcrm.domain.kernel.AccessPolicy;
import org.trainingcrm.domain.kernel.AccessDenied;
import org.trainingcrm.domain.kernel.BranchScope;
import org.trainingcrm.domain.kernel.Role;
import org.trainingcrm.domain.kernel.UserId;
import org.trainingcrm.domain.kernel.Permission;

class RoleBasedAccessPolicyTest {

    private final InMemoryCrm store = new InMemoryCrm();
    private final Branch headOffice = new Branch(BranchId.newId(), "Головной офис", "RU", true);
    private final Branch kyiv = new Branch(BranchId.newId(), "Київ", "UA", false);
    private final AccessPolicy policy = Crm.defaultAccessPolicy(store);

    RoleBasedAccessPolicyTest() {
        store.transactions().run(() -> {
            store.ports(BranchPorts.class).branches().add(headOffice);
            store.ports(BranchPorts.class).branches().add(kyiv);
        });
    }

    private Actor actor(Role role, Branch branch) {
        return new Actor(UserId.newId(), Set.of(role), branch.id(), Locale.ROOT);
    }

    @Test
    void managers_edit_clients_but_do_not_redistribute_them() {
        Actor manager = actor(Role.MANAGER, kyiv);

        policy.require(manager, ClientPermission.CLIENT_WRITE);
        assertThatThrownBy(() -> policy.require(manager, AssignmentPermission.CLIENT_REASSIGN))
                .isInstanceOfSatisfying(AccessDenied.class,
                        e -> assertThat(e.permission()).isEqualTo(AssignmentPermission.CLIENT_REASSIGN));
    }

    @Test
    void a_branch_sees_its_own_records_and_the_head_office_sees_all() {
        Actor inKyiv = actor(Role.ADMINISTRATOR, kyiv);
        Actor atHeadOffice = actor(Role.MANAGER, headOffice);

        assertThat(store.transactions().inTransaction(() -> policy.scopeOf(inKyiv)))
                .isEqualTo(BranchScope.of(kyiv.id()));
        assertThat(store.transactions().inTransaction(() -> policy.scopeOf(atHeadOffice)))
                .isEqualTo(BranchScope.all());
        assertThatThrownBy(() -> store.transactions().run(
                () -> policy.require(inKyiv, ClientPermission.CLIENT_READ, headOffice.id())))
                .isInstanceOf(AccessDenied.class);
    }

    @Test
    void by_default_administrators_hold_the_medical_permissions_and_managers_do_not() {
        Actor admin = actor(Role.ADMINISTRATOR, kyiv);
        Actor manager = actor(Role.MANAGER, kyiv);

        policy.require(admin, PeoplePermission.MEDICAL_READ);
        policy.require(admin, PeoplePermission.MEDICAL_WRITE);
        assertThatThrownBy(() -> policy.require(manager, PeoplePermission.MEDICAL_READ)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> policy.require(manager, PeoplePermission.MEDICAL_WRITE)).isInstanceOf(AccessDenied.class);
    }

    @Test
    void a_host_grants_and_revokes_permissions_per_role_without_touching_the_defaults() {
        RoleBasedAccessPolicy base = Crm.defaultAccessPolicy(store);
        RoleBasedAccessPolicy nurseManagers = base.granting(Role.MANAGER, PeoplePermission.MEDICAL_READ);
        RoleBasedAccessPolicy readOnlyManagers = base.revoking(Role.MANAGER, ClientPermission.CLIENT_WRITE);
        Actor manager = actor(Role.MANAGER, kyiv);

        nurseManagers.require(manager, PeoplePermission.MEDICAL_READ);
        assertThatThrownBy(() -> nurseManagers.require(manager, PeoplePermission.MEDICAL_WRITE))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> base.require(manager, PeoplePermission.MEDICAL_READ)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> readOnlyManagers.require(manager, ClientPermission.CLIENT_WRITE))
                .isInstanceOf(AccessDenied.class);
        assertThat(base.grants()).isEqualTo(RoleBasedAccessPolicy.defaultGrants(CrmFeatures.permissions()));
    }

    @Test
    void a_role_the_host_left_out_is_granted_nothing() {
        AccessPolicy onlyAdministrators = new RoleBasedAccessPolicy(store.ports(BranchPorts.class).branches(),
                java.util.Map.of(Role.ADMINISTRATOR, java.util.Set.copyOf(CrmFeatures.permissions())));

        assertThatThrownBy(() -> onlyAdministrators.require(actor(Role.MANAGER, kyiv), ClientPermission.CLIENT_READ))
                .isInstanceOf(AccessDenied.class);
    }
}
