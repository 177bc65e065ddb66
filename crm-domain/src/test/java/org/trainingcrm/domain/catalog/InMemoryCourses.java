package org.trainingcrm.domain.catalog;

import java.util.Comparator;
import java.util.List;
import org.trainingcrm.domain.fixtures.InMemoryStore;
import org.trainingcrm.domain.fixtures.InMemoryTransactions;
import org.trainingcrm.domain.fixtures.SortedPages;
import org.trainingcrm.domain.kernel.Page;
import org.trainingcrm.domain.kernel.PageRequest;
import org.trainingcrm.domain.kernel.SortLocale;

/** The Courses port in memory. */
public final class InMemoryCourses extends InMemoryStore<CourseId, Course> implements Courses {
    public InMemoryCourses(InMemoryTransactions transactions) {
        super("course", Course::id, transactions);
    }

    @Override
    public Page<CourseListing> find(CatalogCriteria criteria, CatalogOrder order, PageRequest page,
            SortLocale titles) {
        Comparator<Course> byTitle = SortedPages.byKeys(Course::titleSort, titles);
        Comparator<Course> byStart = Comparator.comparing(Course::startDate);
        Comparator<Course> sort = switch (order) {
            case START_DATE -> byStart.thenComparing(byTitle);
            case START_DATE_DESCENDING -> byStart.reversed().thenComparing(byTitle);
            case TITLE -> byTitle.thenComparing(byStart);
        };
        List<Course> sorted = stream().filter(criteria::matches)
                .sorted(SortedPages.thenById(sort, Course::id)).toList();
        return SortedPages.page(sorted, page, CourseListing::of);
    }

    @Override
    public List<CourseListing> followersOf(CourseId course) {
        return stream().filter(c -> c.prerequisite().filter(course::equals).isPresent())
                .map(CourseListing::of).toList();
    }
}
