package org.trainingcrm.domain.attendance;

import java.util.List;
import org.trainingcrm.domain.enrollment.EnrollmentPorts;
import org.trainingcrm.domain.people.PeoplePorts;
import org.trainingcrm.domain.schedule.SchedulePorts;
import org.trainingcrm.domain.kernel.CrmFeature;
import org.trainingcrm.domain.kernel.Permission;
import org.trainingcrm.domain.kernel.Wiring;

/** Attendance marks with payment forms, no-shows, make-up and trial lessons (E4, E6, E8). */
public final class AttendanceFeature implements CrmFeature {

    @Override
    public String name() {
        return "attendance";
    }

    @Override
    public List<Class<?>> ports() {
        return List.of(AttendancePorts.class, EnrollmentPorts.class, SchedulePorts.class, PeoplePorts.class);
    }

    @Override
    public List<Permission> permissions() {
        return List.of();
    }

    @Override
    public void wire(Wiring wiring) {
        AttendancePorts attendance = wiring.ports(AttendancePorts.class);
        EnrollmentPorts enrollment = wiring.ports(EnrollmentPorts.class);
        SchedulePorts schedule = wiring.ports(SchedulePorts.class);
        PeoplePorts people = wiring.ports(PeoplePorts.class);
        wiring.provide(AttendanceService.class, new AttendanceService(attendance, enrollment, schedule, people,
                wiring.useCases()));
        wiring.provide(LessonVisitService.class, new LessonVisitService(attendance, enrollment, schedule, people,
                wiring.useCases()));
    }
}
