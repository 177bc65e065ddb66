package org.trainingcrm.domain.report;

import static org.trainingcrm.domain.report.ReportPermission.REPORT_EXPORT;

import java.util.List;
import org.trainingcrm.domain.kernel.Actor;
import org.trainingcrm.domain.kernel.AuditState;
import org.trainingcrm.domain.kernel.BranchId;
import org.trainingcrm.domain.kernel.BranchScope;
import org.trainingcrm.domain.kernel.InvalidValue;
import org.trainingcrm.domain.kernel.UseCases;

/**
 * Use case: an actor exports analytics reports (R10, R12). The reports themselves are SQL run
 * outside the domain; this is their way through the access seam: the permission, the audit
 * entry, and the branches the reports may show.
 */
public final class ReportExportService {

    private final UseCases useCases;

    public ReportExportService(UseCases useCases) {
        this.useCases = useCases;
    }

    /**
     * Requires {@link ReportPermission#REPORT_EXPORT}, records the export of the named reports in
     * the audit log and answers the actor's branch scope, which every report must apply as its filter.
     *
     * <p>The entry's entity is the acting user ({@code audit().of(actor, "report", user)} lists
     * what a user exported): an export is no stored record with an id of its own, and the names
     * of several reports do not fit the log's entity id.
     */
    public BranchScope authorise(Actor actor, List<String> reports) {
        return useCases.change(actor, REPORT_EXPORT, uc -> {
            List<String> names = checked(reports);
            BranchScope scope = uc.scope();
            uc.audit("report.export", "report", actor.user(), null,
                    new AuditState().withAll("reports", names).with("scope", describe(scope)));
            return scope;
        });
    }

    private static List<String> checked(List<String> reports) {
        if (reports == null || reports.isEmpty()) {
            throw new InvalidValue("report.names", reports, "name at least one report to export");
        }
        for (String name : reports) {
            if (name == null || name.isBlank()) {
                throw new InvalidValue("report.names", reports, "a report name is blank");
            }
        }
        return List.copyOf(reports);
    }

    private static String describe(BranchScope scope) {
        return scope.only().map(BranchId::toString).map(branch -> "branch " + branch).orElse("all branches");
    }
}
