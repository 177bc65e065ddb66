package org.trainingcrm.samples.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.trainingcrm.domain.Crm;
import org.trainingcrm.domain.kernel.Actor;
import org.trainingcrm.domain.attendance.AttendanceStatus;
import org.trainingcrm.domain.attendance.PaymentForm;
import org.trainingcrm.domain.kernel.BranchId;
import org.trainingcrm.domain.catalog.CourseId;
import org.trainingcrm.domain.client.ClientId;
import org.trainingcrm.domain.client.ClientListing;
import org.trainingcrm.domain.client.ClientQuery;
import org.trainingcrm.domain.client.ContactCard;
import org.trainingcrm.domain.people.GuardianRelation;
import org.trainingcrm.domain.people.PersonForm;
import org.trainingcrm.domain.people.PersonId;
import org.trainingcrm.domain.enrollment.Certification;
import org.trainingcrm.domain.enrollment.EnrollmentCard;
import org.trainingcrm.domain.enrollment.EnrollmentId;
import org.trainingcrm.domain.enrollment.EnrollmentStatus;
import org.trainingcrm.domain.enrollment.NoteKind;
import org.trainingcrm.domain.enrollment.Registration;
import org.trainingcrm.domain.people.GuardianForm;
import org.trainingcrm.domain.people.StudentForm;
import org.trainingcrm.domain.schedule.GroupId;
import org.trainingcrm.domain.schedule.GroupStatus;
import org.trainingcrm.domain.schedule.TimetableEntry;

/**
 * The life of the demo's groups, through the services: students enrolled (by their employers,
 * by themselves, minors by a parent; the last ones on the waiting list when the group is full),
 * attendance on the lessons already held, and for the groups that have ended final grades,
 * certification, completed levels and certificates. Draws with a seeded random.
 */
final class DemoClasses {

    private static final int CLIENTS_PER_OFFICE = 40;
    private static final int SEARCH_PAGE = 500;

    /** Someone who may study: a contact of a client (their employer), or a minor with a parent. */
    private record Learner(PersonId person, ClientId employer, PersonId parent) {
    }

    /** What the classes added up to. */
    record Figures(int enrollments, int waiting, int marks, int certificates) {
    }

    private final Crm crm;
    private final Actor admin;
    private final Clock clock;
    private final Random random;
    private final Map<BranchId, List<Learner>> learners = new HashMap<>();
    private final Map<CourseId, Set<PersonId>> graduates = new HashMap<>();
    private int enrollments;
    private int waiting;
    private int marks;
    private int certificates;

    DemoClasses(Crm crm, DemoCentre centre, Clock clock, Random random) {
        this.crm = crm;
        this.admin = centre.administrator();
        this.clock = clock;
        this.random = random;
    }

    /** Gathers the office's learners: contacts of its first clients, and its minors with a parent each. */
    void addLearners(DemoOffice office, DemoProgrammePlan.Programme plan) {
        List<Learner> found = new ArrayList<>();
        int clients = 0;
        for (int page = 0; clients < CLIENTS_PER_OFFICE; page++) {
            List<ClientListing> listed = crm.search().find(admin, ClientQuery.all().page(page, SEARCH_PAGE)).items();
            if (listed.isEmpty()) {
                break;
            }
            for (ClientListing client : listed) {
                if (client.branch().equals(office.branch()) && clients < CLIENTS_PER_OFFICE
                        && !client.shortName().equals(plan.teachingStaff())) {
                    clients++;
                    for (ContactCard contact : crm.clients().card(admin, client.id()).contacts()) {
                        found.add(new Learner(contact.person(), client.id(), null));
                    }
                }
            }
        }
        LocalDate today = LocalDate.now(clock);
        for (DemoProgrammePlan.MinorSpec minor : plan.minors()) {
            PersonId person = crm.people().registerStudent(admin, office.branch(), StudentForm.named(minor.name())
                    .bornOn(today.minusYears(minor.age()).minusDays(random.nextInt(300)))
                    .guardian(GuardianForm.newPerson(PersonForm.named(minor.parent()), GuardianRelation.MOTHER)
                            .whoMayPickUp().asMainContact()));
            PersonId parent = crm.people().guardiansOf(admin, person).get(0).person();
            found.add(new Learner(person, null, parent));
        }
        learners.put(office.branch(), found);
    }

    /** Enrolls the group, takes attendance on its past lessons and, once it has ended, closes it. */
    void run(DemoOffice office, DemoProgrammePlan.Programme plan, GroupId group, CourseId course, CourseId level1) {
        int seats = crm.groups().card(admin, group).settings().seats();
        // every third group draws more than it seats, so the last ones wait
        int wanted = seats - 3 + random.nextInt(3) + (random.nextInt(3) == 0 ? 4 : 0);
        List<Learner> pool = new ArrayList<>(learners.get(office.branch()));
        Collections.shuffle(pool, random);
        if (level1 != null) {
            Set<PersonId> ready = graduates.getOrDefault(level1, Set.of());
            Set<PersonId> already = graduates.getOrDefault(course, Set.of());
            pool.removeIf(l -> !ready.contains(l.person()) || already.contains(l.person()));
        }
        Map<PersonId, Learner> byPerson = new HashMap<>();
        for (Learner learner : pool.subList(0, Math.min(wanted, pool.size()))) {
            EnrollmentId id = crm.enrollment().enroll(admin, group, learner.person(), registration(learner));
            byPerson.put(learner.person(), learner);
            enrollments++;
            if (enrollments % 7 == 0) {
                crm.studentNotes().write(admin, id, NoteKind.BEFORE_COURSE, plan.note());
            }
        }
        List<EnrollmentCard> seated = crm.rosters().roster(admin, group).stream()
                .filter(e -> e.status() == EnrollmentStatus.ENROLLED).toList();
        waiting += crm.rosters().waitingList(admin, group).size();
        if (seated.isEmpty()) {
            return;
        }
        if (crm.groups().card(admin, group).status() == GroupStatus.TENTATIVE) {
            crm.groups().confirm(admin, group);
        }
        Instant now = clock.instant();
        List<TimetableEntry> lessons = crm.timetable().lessonsOf(admin, group);
        for (TimetableEntry lesson : lessons) {
            if (lesson.startsAt().atZone(lesson.zone()).toInstant().isBefore(now)) {
                for (EnrollmentCard student : seated) {
                    attend(group, lesson, student, byPerson.get(student.student()));
                }
            }
        }
        TimetableEntry last = lessons.get(lessons.size() - 1);
        if (last.endsAt().atZone(last.zone()).toInstant().isBefore(now)) {
            close(plan, group, course, seated);
        }
    }

    private Registration registration(Learner learner) {
        if (learner.parent() != null) {
            return Registration.onBehalfOf(learner.parent());
        }
        return random.nextInt(5) == 0 ? Registration.self() : Registration.byCompany(learner.employer());
    }

    private void attend(GroupId group, TimetableEntry lesson, EnrollmentCard student, Learner learner) {
        int draw = random.nextInt(100);
        AttendanceStatus status = draw < 80 ? AttendanceStatus.PRESENT
                : draw < 92 ? AttendanceStatus.ABSENT : AttendanceStatus.LATE;
        boolean byCompany = student.registration().employer() != null;
        PaymentForm payment = byCompany
                ? (random.nextInt(3) == 0 ? PaymentForm.GUARANTEE_LETTER : PaymentForm.PREPAID)
                : (random.nextBoolean() ? PaymentForm.PAY_ON_THE_DAY : PaymentForm.PREPAID);
        crm.attendance().mark(admin, group, lesson.lesson(), learner == null ? student.student() : learner.person(),
                status, payment);
        marks++;
    }

    /** Final grades and certification; those who passed complete the level and get their certificates. */
    private void close(DemoProgrammePlan.Programme plan, GroupId group, CourseId course,
            List<EnrollmentCard> seated) {
        Set<PersonId> passed = new HashSet<>();
        for (EnrollmentCard student : seated) {
            boolean failed = random.nextInt(12) == 0;
            crm.results().gradeFinal(admin, student.id(), failed ? "—"
                    : plan.grades().get(random.nextInt(plan.grades().size())));
            crm.results().certify(admin, student.id(), failed ? Certification.FAILED : Certification.PASSED);
            if (!failed) {
                crm.enrollment().complete(admin, student.id());
                passed.add(student.student());
            }
        }
        crm.groups().finish(admin, group);
        certificates += crm.certificates().issueAll(admin, group).size();
        graduates.computeIfAbsent(course, c -> new HashSet<>()).addAll(passed);
    }

    Figures figures() {
        return new Figures(enrollments, waiting, marks, certificates);
    }
}
