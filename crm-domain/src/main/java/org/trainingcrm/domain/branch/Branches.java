package org.trainingcrm.domain.branch;

import java.util.List;
import java.util.Optional;
import org.trainingcrm.domain.kernel.BranchId;

/** Port: the branches of the centre. */
public interface Branches {

    Optional<Branch> byId(BranchId id);

    List<Branch> all();

    void add(Branch branch);
}
