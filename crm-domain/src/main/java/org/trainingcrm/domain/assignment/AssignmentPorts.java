package org.trainingcrm.domain.assignment;

import java.util.Objects;

/** The responsible managers' ports (C6). */
public record AssignmentPorts(Assignments assignments, Reassignments reassignments) {

    public AssignmentPorts {
        Objects.requireNonNull(assignments, "assignments");
        Objects.requireNonNull(reassignments, "reassignments");
    }
}
