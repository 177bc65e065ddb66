package org.trainingcrm.domain.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.trainingcrm.domain.kernel.AccessDenied;
import org.trainingcrm.domain.kernel.Role;
import org.trainingcrm.domain.kernel.UserId;
import org.trainingcrm.domain.client.ClientForm;
import org.trainingcrm.domain.client.ClientId;
import org.trainingcrm.domain.fixtures.CrmContract;
import org.trainingcrm.domain.kernel.RuleViolation;

/** C6: a responsible manager per client per service line, redistribution with history, restore. */
public class ManagerAssignmentContract extends CrmContract {

    private static final ServiceLine COURSES = ServiceLine.of("courses");
    private static final ServiceLine LICENCES = ServiceLine.of("licences");

    private UserId olena;
    private UserId taras;
    private final List<ClientId> clients = new ArrayList<>();

    @BeforeEach
    void clientsOfOlena() {
        olena = centre.kyivManager.user();
        taras = centre.kyivColleague.user();
        for (int i = 0; i < 5; i++) {
            ClientId id = crm.clients().register(centre.kyivManager, ClientForm.organisation("Клієнт " + i));
            crm.managers().assign(centre.kyivManager, id, COURSES, olena);
            clients.add(id);
        }
        clock.advance(Duration.ofDays(1));
    }

    @Test
    public void a_manager_takes_an_unassigned_client_but_may_not_take_a_colleagues() {
        assertThat(crm.managers().current(centre.kyivManager, clients.get(0)))
                .extracting(AssignmentRecord::serviceLine, AssignmentRecord::manager)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(COURSES, olena));
        assertThatThrownBy(() -> crm.managers().assign(centre.kyivColleague, clients.get(0), COURSES, taras))
                .isInstanceOf(AccessDenied.class);
    }

    @Test
    public void keeps_one_manager_per_service_line() {
        crm.managers().assign(centre.kyivColleague, clients.get(0), LICENCES, taras);

        assertThat(crm.managers().current(centre.kyivManager, clients.get(0)))
                .extracting(AssignmentRecord::serviceLine, AssignmentRecord::manager)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(COURSES, olena),
                        org.assertj.core.groups.Tuple.tuple(LICENCES, taras));
    }

    @Test
    public void reassigns_many_clients_at_once_keeping_the_history() {
        Instant handover = clock.instant();
        crm.managers().reassign(centre.administrator, clients.subList(0, 3), COURSES, taras, "Олена у відпустці");

        assertThat(crm.managers().clientsOf(centre.administrator, taras, COURSES))
                .containsExactlyInAnyOrderElementsOf(clients.subList(0, 3));
        assertThat(crm.managers().clientsOf(centre.administrator, olena, COURSES))
                .containsExactlyInAnyOrderElementsOf(clients.subList(3, 5));
        List<AssignmentRecord> history = crm.managers().history(centre.kyivManager, clients.get(0));
        assertThat(history).extracting(AssignmentRecord::manager).containsExactly(olena, taras);
        assertThat(history.get(0).endedAt()).isEqualTo(handover);
        assertThat(history.get(1).startedAt()).isEqualTo(handover);
        assertThat(history.get(1).endedAt()).isNull();
    }

    @Test
    public void restores_the_previous_assignment_in_one_call() {
        ReassignmentId handover = crm.managers().reassign(centre.administrator, clients, COURSES, taras, null);
        clock.advance(Duration.ofDays(7));
        // meanwhile one client is given to someone else: the restore must leave it alone
        crm.managers().assign(centre.administrator, clients.get(4), COURSES, centre.headOfficeManager.user());

        RestoreOutcome outcome = crm.managers().restore(centre.administrator, handover);

        assertThat(outcome.restored()).containsExactlyInAnyOrderElementsOf(clients.subList(0, 4));
        assertThat(outcome.leftAlone()).containsExactly(clients.get(4));
        assertThat(crm.managers().clientsOf(centre.administrator, olena, COURSES))
                .containsExactlyInAnyOrderElementsOf(clients.subList(0, 4));
        assertThat(crm.managers().history(centre.administrator, clients.get(0)))
                .extracting(AssignmentRecord::manager).containsExactly(olena, taras, olena);
    }

    @Test
    public void refuses_to_restore_twice() {
        ReassignmentId handover = crm.managers().reassign(centre.administrator, clients, COURSES, taras, null);
        crm.managers().restore(centre.administrator, handover);

        assertThatThrownBy(() -> crm.managers().restore(centre.administrator, handover))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.rule()).isEqualTo("reassignment.alreadyRestored"));
        assertThat(crm.managers().clientsOf(centre.administrator, olena, COURSES)).hasSize(5);
    }

    @Test
    public void only_administrators_redistribute_the_base() {
        assertThatThrownBy(() -> crm.managers().reassign(centre.kyivManager, clients, COURSES, taras, null))
                .isInstanceOf(AccessDenied.class);
    }

    @Test
    public void refuses_a_user_without_the_manager_role_and_writes_nothing() {
        UserId accountant = crm.staff().addUser(centre.administrator, "accountant-" + centre.tag, "Бухгалтерія",
                centre.kyiv, Set.of(Role.ADMINISTRATOR));

        assertThatThrownBy(() -> crm.managers().reassign(centre.administrator, clients, COURSES, accountant, null))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.rule()).isEqualTo("assignment.notAManager"));
        assertThat(crm.managers().clientsOf(centre.administrator, olena, COURSES)).hasSize(5);
    }
}
