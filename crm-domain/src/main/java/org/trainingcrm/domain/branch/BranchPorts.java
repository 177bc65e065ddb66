package org.trainingcrm.domain.branch;

import java.util.Objects;

/** The branch feature's ports (K7). */
public record BranchPorts(Branches branches) {

    public BranchPorts {
        Objects.requireNonNull(branches, "branches");
    }
}
