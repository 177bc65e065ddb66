package org.trainingcrm.domain.catalog;

import java.util.List;
import java.util.Optional;

/** Port: the course catalogue. */
public interface Courses {

    Optional<Course> byId(CourseId id);

    void add(Course course);

    /** Marks a loaded course as changed; written when the transaction commits. */
    void update(Course course);

    /** Every course that meets the criteria, in no particular order. */
    List<CourseListing> find(CatalogCriteria criteria);

    /** The courses that name the given one as their prerequisite: its next levels. */
    List<CourseListing> followersOf(CourseId course);
}
