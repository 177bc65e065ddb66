package org.trainingcrm.domain.catalog;

import java.util.Objects;

/** The catalogue's ports (K1, K2). */
public record CatalogPorts(Courses courses, CourseDocuments documents, Directions directions) {

    public CatalogPorts {
        Objects.requireNonNull(courses, "courses");
        Objects.requireNonNull(documents, "documents");
        Objects.requireNonNull(directions, "directions");
    }
}
