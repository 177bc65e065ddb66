package org.trainingcrm.domain.catalog;

import java.util.List;
import org.trainingcrm.domain.fixtures.InMemoryStore;
import org.trainingcrm.domain.fixtures.InMemoryTransactions;

/** The Courses port in memory. */
public final class InMemoryCourses extends InMemoryStore<CourseId, Course> implements Courses {
    public InMemoryCourses(InMemoryTransactions transactions) {
        super("course", Course::id, transactions);
    }

    @Override
    public List<CourseListing> find(CatalogCriteria criteria) {
        return stream().filter(criteria::matches).map(CourseListing::of).toList();
    }

    @Override
    public List<CourseListing> followersOf(CourseId course) {
        return stream().filter(c -> c.prerequisite().filter(course::equals).isPresent())
                .map(CourseListing::of).toList();
    }
}
