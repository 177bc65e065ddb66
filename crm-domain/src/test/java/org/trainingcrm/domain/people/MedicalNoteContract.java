package org.trainingcrm.domain.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import org.trainingcrm.domain.branch.BranchPorts;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trainingcrm.domain.Crm;
import org.trainingcrm.domain.kernel.AccessDenied;
import org.trainingcrm.domain.kernel.Role;
import org.trainingcrm.domain.access.RoleBasedAccessPolicy;
import org.trainingcrm.domain.kernel.AuditEntry;
import org.trainingcrm.domain.fixtures.CrmContract;
import org.trainingcrm.domain.kernel.ConcurrentChange;
import org.trainingcrm.domain.kernel.InvalidValue;
import org.trainingcrm.domain.kernel.NotFound;

/** C7: medical notes are restricted, apart from the person, and every read is audited. */
public class MedicalNoteContract extends CrmContract {

    private static final String NOTE = "Аллергия на орехи; 哮喘 — ингалятор в рюкзаке";

    private PersonId child() {
        return crm.people().registerStudent(centre.headOfficeManager,
                StudentForm.named("Смирнова Алиса " + centre.tag).bornOn(LocalDate.of(2015, 3, 8))
                        .guardian(GuardianForm.newPerson(PersonForm.named("Смирнова Ольга " + centre.tag),
                                GuardianRelation.MOTHER)));
    }

    @Test
    public void an_administrator_writes_and_reads_a_note_and_the_audit_shows_who_read_it_when() {
        PersonId child = child();
        crm.medicalNotes().write(centre.administrator, child, 0, NOTE);
        clock.advance(Duration.ofHours(2));

        MedicalNoteCard note = crm.medicalNotes().read(centre.administrator, child).orElseThrow();

        assertThat(note.text()).isEqualTo(NOTE);
        assertThat(note.writtenBy()).isEqualTo(centre.administrator.user());
        assertThat(note.writtenAt()).isEqualTo(clock.instant().minus(Duration.ofHours(2)));
        assertThat(note.version()).isEqualTo(1);
        assertThat(note.toString()).doesNotContain("орехи");
        List<AuditEntry> trail = crm.audit().of(centre.administrator, MedicalNoteService.AUDITED_AS, child);
        assertThat(trail).extracting(AuditEntry::action).containsExactly("medicalNote.write", "medicalNote.read");
        AuditEntry read = trail.get(1);
        assertThat(read.actor()).isEqualTo(centre.administrator.user());
        assertThat(read.recordedAt()).isEqualTo(clock.instant());
        assertThat(read.entityId()).isEqualTo(child.toString());
    }

    @Test
    public void a_manager_is_refused_reading_and_writing_and_the_refusal_writes_nothing() {
        PersonId child = child();
        crm.medicalNotes().write(centre.administrator, child, 0, NOTE);
        clock.advance(Duration.ofMinutes(1));

        assertThatThrownBy(() -> crm.medicalNotes().read(centre.headOfficeManager, child))
                .isInstanceOfSatisfying(AccessDenied.class,
                        e -> assertThat(e.permission()).isEqualTo(PeoplePermission.MEDICAL_READ));
        assertThatThrownBy(() -> crm.medicalNotes().write(centre.headOfficeManager, child, 1, "стёрто"))
                .isInstanceOfSatisfying(AccessDenied.class,
                        e -> assertThat(e.permission()).isEqualTo(PeoplePermission.MEDICAL_WRITE));

        assertThat(crm.audit().of(centre.administrator, MedicalNoteService.AUDITED_AS, child))
                .extracting(AuditEntry::action).containsExactly("medicalNote.write");
        assertThat(crm.medicalNotes().read(centre.administrator, child).orElseThrow().text()).isEqualTo(NOTE);
    }

    @Test
    public void a_host_grants_managers_the_reading_of_notes_but_not_the_writing() {
        PersonId child = child();
        crm.medicalNotes().write(centre.administrator, child, 0, NOTE);
        clock.advance(Duration.ofMinutes(1));
        Crm granting = Crm.on(store, Crm.defaultAccessPolicy(store)
                .granting(Role.MANAGER, PeoplePermission.MEDICAL_READ), clock);

        assertThat(granting.medicalNotes().read(centre.headOfficeManager, child).orElseThrow().text())
                .isEqualTo(NOTE);
        assertThatThrownBy(() -> granting.medicalNotes().write(centre.headOfficeManager, child, 1, "x"))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> granting.medicalNotes().read(centre.kyivManager, child))
                .isInstanceOf(AccessDenied.class);
        assertThat(crm.audit().of(centre.administrator, MedicalNoteService.AUDITED_AS, child))
                .extracting(AuditEntry::actor)
                .containsExactly(centre.administrator.user(), centre.headOfficeManager.user());
    }

    @Test
    public void nothing_of_the_note_leaks_into_the_profile_or_any_audit_entry() {
        PersonId child = child();
        crm.medicalNotes().write(centre.administrator, child, 0, NOTE);
        crm.medicalNotes().write(centre.administrator, child, 1, NOTE + " (обновлено)");
        crm.medicalNotes().read(centre.administrator, child);
        crm.people().revisePreferences(centre.headOfficeManager, child, 1, "рисование", List.of("утро"));

        PersonProfile profile = crm.people().profile(centre.headOfficeManager, child);
        assertThat(profile.toString()).doesNotContain("орехи").doesNotContain("哮喘");
        List<AuditEntry> entries = new java.util.ArrayList<>(crm.audit().of(centre.administrator, "person", child));
        entries.addAll(crm.audit().of(centre.administrator, MedicalNoteService.AUDITED_AS, child));
        assertThat(entries).hasSize(5);
        assertThat(entries).allSatisfy(e -> {
            assertThat(String.valueOf(e.before())).doesNotContain("орехи").doesNotContain("哮喘");
            assertThat(String.valueOf(e.after())).doesNotContain("орехи").doesNotContain("哮喘");
        });
    }

    @Test
    public void a_stale_note_is_not_overwritten_and_a_cleared_note_is_gone() {
        PersonId child = child();
        crm.medicalNotes().write(centre.administrator, child, 0, NOTE);
        clock.advance(Duration.ofMinutes(1));

        assertThatThrownBy(() -> crm.medicalNotes().write(centre.administrator, child, 0, "другая заметка"))
                .isInstanceOf(ConcurrentChange.class);
        crm.medicalNotes().write(centre.administrator, child, 1, "Ingalador: 2 inhalaciones");
        clock.advance(Duration.ofMinutes(1));
        assertThat(crm.medicalNotes().read(centre.administrator, child).orElseThrow().version()).isEqualTo(2);
        clock.advance(Duration.ofMinutes(1));

        crm.medicalNotes().clear(centre.administrator, child, 2);
        clock.advance(Duration.ofMinutes(1));

        assertThat(crm.medicalNotes().read(centre.administrator, child)).isEmpty();
        assertThatThrownBy(() -> crm.medicalNotes().clear(centre.administrator, child, 2))
                .isInstanceOf(NotFound.class);
        assertThat(crm.audit().of(centre.administrator, MedicalNoteService.AUDITED_AS, child))
                .extracting(AuditEntry::action).containsExactly("medicalNote.write", "medicalNote.write",
                        "medicalNote.read", "medicalNote.clear", "medicalNote.read");
    }

    @Test
    public void refuses_a_blank_or_overlong_note_naming_the_field_but_never_quoting_the_text() {
        PersonId child = child();

        assertThatThrownBy(() -> crm.medicalNotes().write(centre.administrator, child, 0, "  "))
                .isInstanceOfSatisfying(InvalidValue.class, e -> {
                    assertThat(e.field()).isEqualTo("medicalNote.text");
                    assertThat(e.value()).isEqualTo("<blank>");
                });
        assertThatThrownBy(() -> crm.medicalNotes().write(centre.administrator, child, 0, "орехи".repeat(801)))
                .isInstanceOfSatisfying(InvalidValue.class, e -> {
                    assertThat(e.field()).isEqualTo("medicalNote.text");
                    assertThat(e.value()).isEqualTo("<4005 characters>");
                    assertThat(e.getMessage()).doesNotContain("орехи");
                });
        assertThat(crm.medicalNotes().read(centre.administrator, child)).isEmpty();
    }
}
