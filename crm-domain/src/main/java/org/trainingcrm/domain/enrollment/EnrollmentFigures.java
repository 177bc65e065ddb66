package org.trainingcrm.domain.enrollment;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.trainingcrm.domain.catalog.Courses;
import org.trainingcrm.domain.people.PersonId;
import org.trainingcrm.domain.people.LearningFigures;

/**
 * The referral figures (C8) from enrollments and promotions: a person enrolled when they held a
 * seat at some time (seated, dropped out, transferred or completed; waiting or withdrawn before
 * the start does not count); their highest level is the highest course level among their
 * promotions. Queries go by chunks of ids.
 */
public final class EnrollmentFigures implements LearningFigures {

    private static final int CHUNK = 500;

    private final Enrollments enrollments;
    private final Promotions promotions;
    private final Courses courses;

    public EnrollmentFigures(Enrollments enrollments, Promotions promotions, Courses courses) {
        this.enrollments = enrollments;
        this.promotions = promotions;
        this.courses = courses;
    }

    @Override
    public Map<PersonId, Learning> of(Collection<PersonId> people) {
        List<PersonId> ids = List.copyOf(people);
        Map<PersonId, Learning> figures = new HashMap<>();
        CourseLevels levels = new CourseLevels(courses);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<PersonId> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            enrollments.ofStudents(chunk).stream().filter(e -> e.status().heldSeat()).forEach(e ->
                    figures.merge(e.student(), new Learning(true, 0), EnrollmentFigures::higher));
            promotions.ofPeople(chunk).forEach(p ->
                    figures.merge(p.person(), new Learning(true, levels.of(p.course())), EnrollmentFigures::higher));
        }
        return figures;
    }

    private static Learning higher(Learning a, Learning b) {
        return new Learning(a.enrolled() || b.enrolled(), Math.max(a.highestLevel(), b.highestLevel()));
    }
}
