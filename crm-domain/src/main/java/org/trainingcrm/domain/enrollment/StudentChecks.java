package org.trainingcrm.domain.enrollment;

import java.time.LocalDate;
import java.util.List;
import org.trainingcrm.domain.catalog.Course;
import org.trainingcrm.domain.catalog.Courses;
import org.trainingcrm.domain.people.Person;
import org.trainingcrm.domain.kernel.RuleViolation;
import org.trainingcrm.domain.schedule.Group;

/** The rules a person must meet to hold a seat in a group (E1, K2, C7), whoever registers them. */
final class StudentChecks {

    private final Courses courses;
    private final Promotions promotions;

    StudentChecks(Courses courses, Promotions promotions) {
        this.courses = courses;
        this.promotions = promotions;
    }

    /**
     * @throws RuleViolation {@code enrollment.group.closed}, {@code enrollment.duplicate},
     *     {@code enrollment.minorWithoutGuardian} or {@code enrollment.prerequisite}
     */
    void require(Person student, Group group, Course course, List<Enrollment> ofGroup, LocalDate today) {
        if (!group.status().isActive()) {
            throw new RuleViolation("enrollment.group.closed",
                    "group " + group.name() + " is " + group.status() + " and takes no students");
        }
        if (ofGroup.stream().anyMatch(e -> e.student().equals(student.id()) && e.status().isActive())) {
            throw new RuleViolation("enrollment.duplicate",
                    student.fullName() + " is already enrolled or waiting in group " + group.name());
        }
        if (student.isMinorOn(today) && student.guardians().isEmpty()) {
            throw new RuleViolation("enrollment.minorWithoutGuardian",
                    student.fullName() + " is a minor and has no parent or guardian on record");
        }
        course.prerequisite().ifPresent(prerequisite -> {
            boolean finished = promotions.ofPeople(List.of(student.id())).stream()
                    .anyMatch(p -> p.course().equals(prerequisite));
            if (!finished) {
                String title = courses.byId(prerequisite).map(Course::title).orElse(String.valueOf(prerequisite));
                throw new RuleViolation("enrollment.prerequisite", student.fullName() + " has not finished «" + title
                        + "» (" + prerequisite + "), the level before «" + course.title() + "»");
            }
        });
    }
}
