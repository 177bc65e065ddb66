package org.trainingcrm.domain.catalog;

import java.util.List;
import java.util.Optional;
import org.trainingcrm.domain.kernel.Page;
import org.trainingcrm.domain.kernel.PageRequest;
import org.trainingcrm.domain.kernel.SortLocale;

/** Port: the course catalogue. */
public interface Courses {

    Optional<Course> byId(CourseId id);

    void add(Course course);

    /** Marks a loaded course as changed; written when the transaction commits. */
    void update(Course course);

    /**
     * One page of the courses that meet the criteria, in the given order, titles compared by
     * their stored sort key in the given locale's order, ties by id; with the count of them all.
     */
    Page<CourseListing> find(CatalogCriteria criteria, CatalogOrder order, PageRequest page, SortLocale titles);

    /** The courses that name the given one as their prerequisite: its next levels. */
    List<CourseListing> followersOf(CourseId course);
}
