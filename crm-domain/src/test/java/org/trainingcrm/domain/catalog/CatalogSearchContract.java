package org.trainingcrm.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trainingcrm.domain.fixtures.Programmes.aCourse;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.trainingcrm.domain.fixtures.CrmContract;
import org.trainingcrm.domain.fixtures.Programmes;
import org.trainingcrm.domain.fixtures.SortedNames;
import org.trainingcrm.domain.kernel.Actor;
import org.trainingcrm.domain.kernel.Page;

/** K1, K7: browsing the catalogue by timing, direction, title; paged, sorted, within the user's branches. */
public class CatalogSearchContract extends CrmContract {

    private Programmes programmes;

    @BeforeEach
    final void programmes() {
        programmes = new Programmes(crm, store, centre);
    }

    private CourseId course(String title, LocalDate first, LocalDate last) {
        return programmes.kyivCourse(aCourse(title + " " + centre.tag).period(first, last));
    }

    private Page<CourseListing> find(CatalogQuery query) {
        return crm.catalogSearch().find(centre.kyivManager, query.titleContains(centre.tag));
    }

    @Test
    public void lists_past_current_and_upcoming_courses_relative_to_the_clock() {
        // the clock stands at 2026-09-01
        CourseId summer = course("Літня школа", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 8, 31));
        CourseId autumn = course("Осінній інтенсив", LocalDate.of(2026, 8, 20), LocalDate.of(2026, 9, 20));
        CourseId today = programmes.kyivCourse(aCourse("Семінар сьогодні " + centre.tag).on(LocalDate.of(2026, 9, 1)));
        CourseId winter = course("Зимовий курс", LocalDate.of(2026, 12, 1), LocalDate.of(2027, 2, 28));

        assertThat(find(CatalogQuery.all().past()).items()).extracting(CourseListing::id).containsExactly(summer);
        assertThat(find(CatalogQuery.all().current()).items()).extracting(CourseListing::id)
                .containsExactly(autumn, today);
        assertThat(find(CatalogQuery.all().upcoming()).items()).extracting(CourseListing::id).containsExactly(winter);

        clock.advance(Duration.ofDays(100));

        assertThat(find(CatalogQuery.all().past()).items()).extracting(CourseListing::id)
                .containsExactly(summer, autumn, today);
        assertThat(find(CatalogQuery.all().current()).items()).extracting(CourseListing::id).containsExactly(winter);
        assertThat(find(CatalogQuery.all().upcoming()).items()).isEmpty();
    }

    @Test
    public void filters_by_direction_kind_and_status() {
        DirectionId languages = crm.directions().define(centre.administrator, "Мови " + centre.tag);
        CourseId english = programmes.kyivCourse(aCourse("English " + centre.tag).direction(languages));
        programmes.kyivCourse(aCourse("Excel " + centre.tag));
        CourseId seminar = programmes.kyivCourse(CourseForm.seminar("Español, seminario " + centre.tag)
                .direction(languages).format(CourseFormat.ONLINE).on(LocalDate.of(2026, 10, 3))
                .price("500", "UAH").participants(1, 100));
        crm.catalog().openForEnrollment(centre.administrator, seminar);

        assertThat(find(CatalogQuery.all().inDirection(languages)).items()).extracting(CourseListing::id)
                .containsExactly(english, seminar);
        assertThat(find(CatalogQuery.all().ofKind(CourseKind.SEMINAR)).items()).extracting(CourseListing::id)
                .containsExactly(seminar);
        assertThat(find(CatalogQuery.all().withStatus(CourseStatus.OPEN_FOR_ENROLLMENT)).items())
                .extracting(CourseListing::id).containsExactly(seminar);
    }

    @Test
    public void finds_titles_containing_the_text_in_any_script_ignoring_case_and_accents() {
        CourseId chinese = programmes.kyivCourse(aCourse("Python 编程入门 " + centre.tag));
        CourseId russian = programmes.kyivCourse(aCourse("Основы бухучёта " + centre.tag));
        CourseId spanish = programmes.kyivCourse(aCourse("Gestión de proyectos " + centre.tag));

        assertThat(crm.catalogSearch().find(centre.kyivManager, CatalogQuery.all().titleContains("编程")).items())
                .extracting(CourseListing::id).contains(chinese).doesNotContain(russian, spanish);
        assertThat(crm.catalogSearch().find(centre.kyivManager, CatalogQuery.all().titleContains("БУХУЧЕТ")).items())
                .extracting(CourseListing::id).contains(russian).doesNotContain(chinese, spanish);
        assertThat(crm.catalogSearch().find(centre.kyivManager, CatalogQuery.all().titleContains("gestion DE")).items())
                .extracting(CourseListing::id).contains(spanish).doesNotContain(chinese, russian);
    }

    @Test
    public void pages_and_sorts_by_start_date_either_way_or_by_title_in_the_users_language() {
        CourseId b = course("Б-курс", LocalDate.of(2026, 10, 3), null);
        CourseId a = course("А-курс", LocalDate.of(2026, 10, 2), null);
        CourseId ye = course("Є-курс", LocalDate.of(2026, 10, 1), null);
        CourseId ya = course("Я-курс", LocalDate.of(2026, 10, 4), null);

        Page<CourseListing> first = find(CatalogQuery.all().page(0, 3));
        Page<CourseListing> second = find(CatalogQuery.all().page(1, 3));

        assertThat(first.items()).extracting(CourseListing::id).containsExactly(ye, a, b);
        assertThat(second.items()).extracting(CourseListing::id).containsExactly(ya);
        assertThat(first.total()).isEqualTo(4);
        assertThat(find(CatalogQuery.all().orderedBy(CatalogOrder.START_DATE_DESCENDING)).items())
                .extracting(CourseListing::id).containsExactly(ya, b, a, ye);
        // Ukrainian order: А Б В Г Ґ Д Е Є ... Я
        assertThat(find(CatalogQuery.all().orderedBy(CatalogOrder.TITLE)).items())
                .extracting(CourseListing::id).containsExactly(a, b, ye, ya);
    }

    @Test
    public void a_branch_sees_its_own_courses_and_the_head_office_sees_all() {
        CourseId kyivCourse = programmes.kyivCourse(aCourse("Київський курс " + centre.tag));
        CourseId madridCourse = crm.catalog().create(centre.administrator, centre.madrid,
                aCourse("Curso de Madrid " + centre.tag).price("300", "EUR"));

        assertThat(find(CatalogQuery.all()).items()).extracting(CourseListing::id).containsExactly(kyivCourse);
        assertThat(crm.catalogSearch().find(centre.headOfficeManager, CatalogQuery.all().titleContains(centre.tag))
                .items()).extracting(CourseListing::id).containsExactlyInAnyOrder(kyivCourse, madridCourse);
    }

    @Test
    public void sorts_titles_and_pages_in_the_order_of_each_users_language() {
        for (String title : SortedNames.NAMES) {
            programmes.kyivCourse(aCourse(title + " " + centre.tag));
        }
        Function<String, String> tagged = title -> title + " " + centre.tag;
        CatalogQuery byTitle = CatalogQuery.all().titleContains(centre.tag).orderedBy(CatalogOrder.TITLE);
        Actor kyiv = centre.kyivManager;

        assertThat(titles(SortedNames.in(kyiv, "uk"), byTitle))
                .containsExactlyElementsOf(SortedNames.tagged(SortedNames.UKRAINIAN, tagged));
        assertThat(titles(SortedNames.in(kyiv, "ru-RU"), byTitle))
                .containsExactlyElementsOf(SortedNames.tagged(SortedNames.RUSSIAN, tagged));
        assertThat(titles(SortedNames.in(kyiv, "es-ES"), byTitle))
                .containsExactlyElementsOf(SortedNames.tagged(SortedNames.SPANISH, tagged));
        assertThat(titles(SortedNames.in(kyiv, "zh"), byTitle))
                .containsExactlyElementsOf(SortedNames.tagged(SortedNames.CHINESE, tagged));
        // every course starts on the same day: the title breaks the tie
        assertThat(titles(SortedNames.in(kyiv, "es"), byTitle.orderedBy(CatalogOrder.START_DATE_DESCENDING)))
                .containsExactlyElementsOf(SortedNames.tagged(SortedNames.SPANISH, tagged));

        Page<CourseListing> second = crm.catalogSearch().find(SortedNames.in(kyiv, "zh"), byTitle.page(1, 3));
        assertThat(second.items()).extracting(CourseListing::title)
                .containsExactlyElementsOf(SortedNames.tagged(SortedNames.CHINESE.subList(3, 6), tagged));
        assertThat(second.total()).isEqualTo(10);
        assertThat(second.totalPages()).isEqualTo(4);
    }

    private List<String> titles(Actor actor, CatalogQuery query) {
        return crm.catalogSearch().find(actor, query).items().stream().map(CourseListing::title).toList();
    }
}
