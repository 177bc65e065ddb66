package org.trainingcrm.samples.demo;

import java.util.ArrayList;
import java.util.List;
import org.trainingcrm.domain.Crm;
import org.trainingcrm.domain.kernel.Actor;
import org.trainingcrm.domain.client.IndustryId;

/**
 * Fills the industry dictionary (C2) the way a centre does: a manager of each office adds the
 * industries they meet, in their own language, to the one dictionary all offices share.
 */
final class DemoIndustries {

    private DemoIndustries() {
    }

    static List<IndustryId> define(Crm crm, DemoCentre centre) {
        List<IndustryId> defined = new ArrayList<>();
        for (DemoOffice office : centre.offices()) {
            Actor manager = centre.signIn(crm, office.managers().get(0));
            for (String name : office.plan().industries()) {
                defined.add(crm.industries().define(manager, name));
            }
        }
        return defined;
    }
}
