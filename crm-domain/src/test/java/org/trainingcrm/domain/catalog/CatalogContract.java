package org.trainingcrm.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.trainingcrm.domain.fixtures.Programmes.aCourse;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.trainingcrm.domain.kernel.AccessDenied;
import org.trainingcrm.domain.kernel.AuditEntry;
import org.trainingcrm.domain.fixtures.CrmContract;
import org.trainingcrm.domain.fixtures.Programmes;
import org.trainingcrm.domain.kernel.InvalidValue;
import org.trainingcrm.domain.kernel.InvalidValues;
import org.trainingcrm.domain.kernel.Money;
import org.trainingcrm.domain.kernel.RuleViolation;

/** K1, K2, K7: courses and seminars through the catalogue services, on any store. */
public class CatalogContract extends CrmContract {

    private Programmes programmes;

    @BeforeEach
    final void programmes() {
        programmes = new Programmes(crm, store, centre);
    }

    @Test
    public void creates_a_course_with_every_field_and_documents_and_reads_it_back() {
        DirectionId accounting = crm.directions().define(centre.administrator, "Бухгалтерія " + centre.tag);
        byte[] programme = "Програма курсу: облік, звітність, ПДВ".getBytes(StandardCharsets.UTF_8);

        CourseId id = crm.catalog().create(centre.administrator, centre.kyiv,
                CourseForm.course("Бухгалтерський облік для початківців " + centre.tag)
                        .direction(accounting)
                        .format(CourseFormat.BLENDED)
                        .period(LocalDate.of(2026, 10, 5), LocalDate.of(2026, 12, 18))
                        .audience("Бухгалтери малих підприємств, ФОП")
                        .price("12500.50", "uah")
                        .lecturer("Петренко Олена Іванівна", "к.е.н., доцент, аудитор", "044 123 4567")
                        .participants(5, 20)
                        .document(DocumentForm.inline("Програма.pdf", "application/pdf", programme))
                        .document(DocumentForm.stored("Лекції (відео)", "video/mp4", "s3://crm/kurs-1/video.mp4",
                                734_003_200L)));

        CourseCard card = crm.catalog().card(centre.kyivManager, id);
        CourseDetails details = card.details();
        assertThat(card.branch()).isEqualTo(centre.kyiv);
        assertThat(card.status()).isEqualTo(CourseStatus.PLANNED);
        assertThat(card.version()).isEqualTo(1);
        assertThat(card.createdAt()).isEqualTo(clock.instant());
        assertThat(details.kind()).isEqualTo(CourseKind.COURSE);
        assertThat(details.title()).isEqualTo("Бухгалтерський облік для початківців " + centre.tag);
        assertThat(card.directionName()).isEqualTo("Бухгалтерія " + centre.tag);
        assertThat(details.format()).isEqualTo(CourseFormat.BLENDED);
        assertThat(details.startDate()).isEqualTo(LocalDate.of(2026, 10, 5));
        assertThat(details.endDate()).isEqualTo(LocalDate.of(2026, 12, 18));
        assertThat(details.audience()).isEqualTo("Бухгалтери малих підприємств, ФОП");
        assertThat(details.price()).isEqualTo(Money.of("12500.50", "UAH"));
        assertThat(details.lecturer().name()).isEqualTo("Петренко Олена Іванівна");
        assertThat(details.lecturer().regalia()).isEqualTo("к.е.н., доцент, аудитор");
        assertThat(details.lecturer().phone().e164()).isEqualTo("+380441234567");
        assertThat(details.minParticipants()).isEqualTo(5);
        assertThat(details.maxParticipants()).isEqualTo(20);
        assertThat(details.prerequisite()).isNull();
        assertThat(card.documents()).extracting(DocumentListing::name, DocumentListing::mediaType,
                DocumentListing::size, DocumentListing::storageReference)
                .containsExactlyInAnyOrder(
                        tuple("Програма.pdf", "application/pdf",
                                (long) programme.length, null),
                        tuple("Лекції (відео)", "video/mp4", 734_003_200L,
                                "s3://crm/kurs-1/video.mp4"));
        DocumentListing pdf = card.documents().stream().filter(d -> d.storageReference() == null).findFirst()
                .orElseThrow();
        assertThat(crm.courseDocuments().open(centre.kyivManager, pdf.id()).content()).hasValue(programme);
    }

    @Test
    public void creates_a_one_day_seminar_with_a_chinese_title() {
        CourseId id = crm.catalog().create(centre.administrator, centre.headOffice,
                CourseForm.seminar("企业培训：高效沟通研讨会 " + centre.tag).format(CourseFormat.ON_SITE)
                        .on(LocalDate.of(2026, 11, 12)).price("3000", "CNY").participants(null, 40));

        CourseCard card = crm.catalog().card(centre.headOfficeManager, id);
        assertThat(card.details().title()).isEqualTo("企业培训：高效沟通研讨会 " + centre.tag);
        assertThat(card.details().kind()).isEqualTo(CourseKind.SEMINAR);
        assertThat(card.details().endDate()).isNull();
        assertThat(card.details().lastDate()).isEqualTo(LocalDate.of(2026, 11, 12));
        assertThat(card.details().minParticipants()).isEqualTo(1);
        assertThat(card.details().price()).isEqualTo(Money.of("3000.00", "CNY"));
    }

    @ParameterizedTest(name = "{0} = ''{1}'' is refused")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "course.title                  | ' '",
        "course.format                 | null",
        "course.startDate              | null",
        "course.endDate                | 2026-09-30",
        "course.price                  | 12,50 UAH",
        "course.price                  | 100 XYZ",
        "course.price                  | -1 UAH",
        "course.minParticipants        | 0",
        "course.maxParticipants        | 3",
        "course.lecturer.name          | null",
        "course.lecturer.phone         | 12",
        "course.direction              | unknown",
        "course.prerequisite           | unknown",
        "course.documents[0].mediaType | pdf",
        "course.documents[0].content   | 0 bytes",
        "course.documents[0].size      | 3000000000",
    })
    public void refuses_each_invalid_field_with_an_error_naming_it_and_writes_nothing(String field, String value) {
        String title = "Відхилений " + centre.tag;
        CourseForm form = aCourse(title);
        switch (field) {
            case "course.title" -> form.title(value);
            case "course.format" -> form.format(null);
            case "course.startDate" -> form.period(null, null);
            case "course.endDate" -> form.period(LocalDate.of(2026, 10, 1), LocalDate.parse(value));
            case "course.price" -> form.price(value.split(" ")[0], value.split(" ")[1]);
            case "course.minParticipants" -> form.participants(Integer.valueOf(value), 12);
            case "course.maxParticipants" -> form.participants(4, Integer.valueOf(value));
            case "course.lecturer.name" -> form.lecturer(null, "професор", null);
            case "course.lecturer.phone" -> form.lecturer("Іван Франко", null, value);
            case "course.direction" -> form.direction(DirectionId.newId());
            case "course.prerequisite" -> form.prerequisite(CourseId.newId());
            case "course.documents[0].mediaType" -> form.document(DocumentForm.inline("a.pdf", value, new byte[] {1}));
            case "course.documents[0].content" -> form.document(DocumentForm.inline("a.pdf", "application/pdf",
                    new byte[0]));
            case "course.documents[0].size" -> form.document(DocumentForm.stored("a.mp4", "video/mp4", "s3://a",
                    Long.parseLong(value)));
            default -> throw new IllegalArgumentException(field);
        }

        assertThatThrownBy(() -> crm.catalog().create(centre.administrator, centre.kyiv, form))
                .isInstanceOfSatisfying(InvalidValue.class, refused -> {
                    assertThat(refused.field()).isEqualTo(field);
                    if (!"unknown".equals(value)) {
                        assertThat(refused.value()).isEqualTo(value);
                    }
                    assertThat(refused.getMessage()).contains(field);
                });
        assertThat(crm.catalogSearch().find(centre.administrator, CatalogQuery.all().titleContains(title)).items())
                .isEmpty();
    }

    @Test
    public void reports_every_invalid_field_at_once() {
        CourseForm form = aCourse(" ").price("abc", "UAH").participants(5, 2);

        assertThatThrownBy(() -> crm.catalog().create(centre.administrator, centre.kyiv, form))
                .isInstanceOfSatisfying(InvalidValues.class, refused -> assertThat(refused.refusals())
                        .extracting(InvalidValue::field)
                        .containsExactly("course.title", "course.price", "course.maxParticipants"));
    }

    @Test
    public void chains_course_levels_through_their_prerequisites() {
        CourseId stage1 = programmes.kyivCourse(aCourse("English A1 " + centre.tag));
        CourseId stage2 = programmes.kyivCourse(aCourse("English A2 " + centre.tag).prerequisite(stage1));
        CourseId stage3 = programmes.kyivCourse(aCourse("English B1 " + centre.tag).prerequisite(stage2));

        assertThat(crm.catalog().card(centre.kyivManager, stage3).details().prerequisite()).isEqualTo(stage2);
        assertThat(crm.catalog().levelsUpTo(centre.kyivManager, stage3)).extracting(CourseListing::id)
                .containsExactly(stage1, stage2, stage3);
        assertThat(crm.catalog().nextLevels(centre.kyivManager, stage1)).extracting(CourseListing::id)
                .containsExactly(stage2);
        store.transactions().run(() -> assertThat(store.ports(CatalogPorts.class).courses().byId(stage2).orElseThrow().prerequisite())
                .hasValue(stage1));
    }

    @Test
    public void refuses_a_prerequisite_that_would_close_a_circle_of_levels() {
        CourseId stage1 = programmes.kyivCourse(aCourse("Рівень 1 " + centre.tag));
        CourseId stage2 = programmes.kyivCourse(aCourse("Рівень 2 " + centre.tag).prerequisite(stage1));

        assertThatThrownBy(() -> crm.catalog().revise(centre.administrator, stage1, 1,
                aCourse("Рівень 1 " + centre.tag).prerequisite(stage2)))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.rule()).isEqualTo("course.prerequisite.cycle"));
        assertThatThrownBy(() -> crm.catalog().revise(centre.administrator, stage1, 1,
                aCourse("Рівень 1 " + centre.tag).prerequisite(stage1)))
                .isInstanceOf(RuleViolation.class);
        assertThat(crm.catalog().card(centre.administrator, stage1).details().prerequisite()).isNull();
    }

    @Test
    public void managers_read_the_catalogue_of_their_branch_but_do_not_edit_it() {
        CourseId id = programmes.kyivCourse(aCourse("Лише для читання " + centre.tag));

        assertThat(crm.catalog().card(centre.kyivManager, id).details().title()).contains(centre.tag);
        assertThatThrownBy(() -> crm.catalog().create(centre.kyivManager, aCourse("Менеджерський")))
                .isInstanceOfSatisfying(AccessDenied.class,
                        e -> assertThat(e.permission()).isEqualTo(CatalogPermission.CATALOG_EDIT));
        assertThatThrownBy(() -> crm.catalog().openForEnrollment(centre.kyivManager, id))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> crm.catalog().card(centre.madridManager, id)).isInstanceOf(AccessDenied.class);
    }

    @Test
    public void attaches_lists_opens_and_removes_documents() {
        CourseId id = programmes.kyivCourse(aCourse("Документи " + centre.tag));
        byte[] handout = "讲义 — handout — роздатка".getBytes(StandardCharsets.UTF_8);

        clock.advance(Duration.ofMinutes(1));
        CourseDocumentId attached = crm.courseDocuments().attach(centre.administrator, id,
                DocumentForm.inline("讲义.txt", "text/plain; charset=UTF-8", handout));
        assertThatThrownBy(() -> crm.courseDocuments().attach(centre.administrator, id,
                DocumentForm.inline("huge.bin", "application/octet-stream",
                        new byte[DocumentForm.MAX_INLINE_BYTES + 1])))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("document.content"));

        assertThat(crm.courseDocuments().list(centre.kyivManager, id)).singleElement()
                .satisfies(d -> {
                    assertThat(d.name()).isEqualTo("讲义.txt");
                    assertThat(d.mediaType()).isEqualTo("text/plain; charset=utf-8");
                    assertThat(d.size()).isEqualTo(handout.length);
                });
        assertThat(crm.courseDocuments().open(centre.kyivManager, attached).content()).hasValue(handout);
        clock.advance(Duration.ofMinutes(1));
        crm.courseDocuments().remove(centre.administrator, attached);
        assertThat(crm.courseDocuments().list(centre.kyivManager, id)).isEmpty();
        assertThat(crm.audit().of(centre.administrator, "course", id)).extracting(AuditEntry::action)
                .containsExactly("course.create", "course.attachDocument", "course.removeDocument");
    }

    @Test
    public void keeps_a_dictionary_of_directions_sorted_in_the_users_language() {
        DirectionId it = crm.directions().define(centre.administrator, "ІТ " + centre.tag);
        crm.directions().define(centre.administrator, "Бухгалтерія " + centre.tag);
        crm.directions().define(centre.administrator, "Іноземні мови " + centre.tag);
        crm.directions().define(centre.administrator, "Юриспруденція " + centre.tag);

        assertThatThrownBy(() -> crm.directions().define(centre.administrator, "іт " + centre.tag))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("direction.name"));
        crm.directions().rename(centre.administrator, it, "Інформаційні технології " + centre.tag);
        assertThatThrownBy(() -> crm.directions().define(centre.kyivManager, "Менеджмент " + centre.tag))
                .isInstanceOf(AccessDenied.class);

        assertThat(crm.directions().list(centre.kyivManager).stream().map(DirectionEntry::name)
                .filter(n -> n.endsWith(centre.tag)))
                .containsExactly("Бухгалтерія " + centre.tag, "Іноземні мови " + centre.tag,
                        "Інформаційні технології " + centre.tag, "Юриспруденція " + centre.tag);
    }
}
