package org.trainingcrm.domain.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import org.trainingcrm.domain.branch.BranchPorts;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trainingcrm.domain.Crm;
import org.trainingcrm.domain.kernel.AccessDenied;
import org.trainingcrm.domain.kernel.BranchScope;
import org.trainingcrm.domain.kernel.Role;
import org.trainingcrm.domain.access.RoleBasedAccessPolicy;
import org.trainingcrm.domain.kernel.AuditEntry;
import org.trainingcrm.domain.fixtures.Centre;
import org.trainingcrm.domain.fixtures.InMemoryCrm;
import org.trainingcrm.domain.fixtures.TestClock;
import org.trainingcrm.domain.kernel.InvalidValue;

class ReportExportServiceTest {

    private final InMemoryCrm store = new InMemoryCrm();
    private final Crm crm = Crm.on(store, Crm.defaultAccessPolicy(store)
            .granting(Role.MANAGER, ReportPermission.REPORT_EXPORT), TestClock.at("2026-09-01T09:00:00Z"));
    private final Centre centre = Centre.open(crm);

    @Test
    void a_head_office_administrator_exports_every_branch() {
        BranchScope scope = crm.reports().authorise(centre.administrator, List.of("timetable"));

        assertThat(scope).isEqualTo(BranchScope.all());
    }

    @Test
    void a_branch_manager_granted_the_export_sees_their_own_branch_only() {
        BranchScope scope = crm.reports().authorise(centre.kyivManager, List.of("timetable"));

        assertThat(scope).isEqualTo(BranchScope.of(centre.kyiv));
    }

    @Test
    void managers_may_not_export_by_default() {
        Crm byDefault = Crm.on(store, TestClock.at("2026-09-01T09:00:00Z"));

        assertThatThrownBy(() -> byDefault.reports().authorise(centre.kyivManager, List.of("timetable")))
                .isInstanceOfSatisfying(AccessDenied.class,
                        denied -> assertThat(denied.permission()).isEqualTo(ReportPermission.REPORT_EXPORT));
        assertThat(crm.audit().of(centre.administrator, "report", centre.kyivManager.user())).isEmpty();
    }

    @Test
    void records_the_reports_and_the_scope_of_each_export_in_the_audit_trail() {
        crm.reports().authorise(centre.kyivManager, List.of("clients-per-manager-by-industry", "timetable"));

        List<AuditEntry> trail = crm.audit().of(centre.administrator, "report", centre.kyivManager.user());
        assertThat(trail).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("report.export");
            assertThat(entry.actor()).isEqualTo(centre.kyivManager.user());
            assertThat(entry.before()).isNull();
            assertThat(entry.after()).isEqualTo("{\"reports\":\"[clients-per-manager-by-industry, timetable]\","
                    + "\"scope\":\"branch " + centre.kyiv + "\"}");
        });
    }

    @Test
    void refuses_an_export_of_no_report() {
        assertThatThrownBy(() -> crm.reports().authorise(centre.administrator, List.of()))
                .isInstanceOfSatisfying(InvalidValue.class,
                        invalid -> assertThat(invalid.field()).isEqualTo("report.names"));
    }
}
