package org.trainingcrm.samples.demo;

import java.util.List;
import org.trainingcrm.domain.kernel.UserId;
import org.trainingcrm.domain.kernel.BranchId;

/**
 * An office of the demo centre as it stands in the database.
 *
 * @param branch the branch the CRM keeps for it
 * @param plan what the office is meant to be
 * @param managers its managers, in the order of the plan
 * @param shares each manager's part of the clients on the "courses" line, in percent
 */
record DemoOffice(BranchId branch, DemoCentrePlan.Office plan, List<UserId> managers, List<Integer> shares) {

    DemoOffice {
        managers = List.copyOf(managers);
        shares = List.copyOf(shares);
        if (managers.isEmpty() || managers.size() != shares.size()) {
            throw new IllegalArgumentException("an office needs managers, each with a share");
        }
    }
}
