package org.trainingcrm.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trainingcrm.domain.branch.Branch;
import org.trainingcrm.domain.branch.BranchId;
import org.trainingcrm.domain.fixtures.InMemoryCrm;

class RoleBasedAccessPolicyTest {

    private final InMemoryCrm store = new InMemoryCrm();
    private final Branch headOffice = new Branch(BranchId.newId(), "Головной офис", "RU", true);
    private final Branch kyiv = new Branch(BranchId.newId(), "Київ", "UA", false);
    private final AccessPolicy policy = new RoleBasedAccessPolicy(store.branches());

    RoleBasedAccessPolicyTest() {
        store.transactions().run(() -> {
            store.branches().add(headOffice);
            store.branches().add(kyiv);
        });
    }

    private Actor actor(Role role, Branch branch) {
        return new Actor(UserId.newId(), Set.of(role), branch.id(), Locale.ROOT);
    }

    @Test
    void managers_edit_clients_but_do_not_redistribute_them() {
        Actor manager = actor(Role.MANAGER, kyiv);

        policy.require(manager, Permission.CLIENT_WRITE);
        assertThatThrownBy(() -> policy.require(manager, Permission.CLIENT_REASSIGN))
                .isInstanceOfSatisfying(AccessDenied.class,
                        e -> assertThat(e.permission()).isEqualTo(Permission.CLIENT_REASSIGN));
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
                () -> policy.require(inKyiv, Permission.CLIENT_READ, headOffice.id())))
                .isInstanceOf(AccessDenied.class);
    }

    @Test
    void by_default_administrators_hold_the_medical_permissions_and_managers_do_not() {
        Actor admin = actor(Role.ADMINISTRATOR, kyiv);
        Actor manager = actor(Role.MANAGER, kyiv);

        policy.require(admin, Permission.MEDICAL_READ);
        policy.require(admin, Permission.MEDICAL_WRITE);
        assertThatThrownBy(() -> policy.require(manager, Permission.MEDICAL_READ)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> policy.require(manager, Permission.MEDICAL_WRITE)).isInstanceOf(AccessDenied.class);
    }

    @Test
    void a_host_grants_and_revokes_permissions_per_role_without_touching_the_defaults() {
        RoleBasedAccessPolicy base = new RoleBasedAccessPolicy(store.branches());
        RoleBasedAccessPolicy nurseManagers = base.granting(Role.MANAGER, Permission.MEDICAL_READ);
        RoleBasedAccessPolicy readOnlyManagers = base.revoking(Role.MANAGER, Permission.CLIENT_WRITE);
        Actor manager = actor(Role.MANAGER, kyiv);

        nurseManagers.require(manager, Permission.MEDICAL_READ);
        assertThatThrownBy(() -> nurseManagers.require(manager, Permission.MEDICAL_WRITE))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> base.require(manager, Permission.MEDICAL_READ)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> readOnlyManagers.require(manager, Permission.CLIENT_WRITE))
                .isInstanceOf(AccessDenied.class);
        assertThat(base.grants()).isEqualTo(RoleBasedAccessPolicy.defaultGrants());
    }

    @Test
    void a_role_the_host_left_out_is_granted_nothing() {
        AccessPolicy onlyAdministrators = new RoleBasedAccessPolicy(store.branches(),
                java.util.Map.of(Role.ADMINISTRATOR, java.util.EnumSet.allOf(Permission.class)));

        assertThatThrownBy(() -> onlyAdministrators.require(actor(Role.MANAGER, kyiv), Permission.CLIENT_READ))
                .isInstanceOf(AccessDenied.class);
    }
}
