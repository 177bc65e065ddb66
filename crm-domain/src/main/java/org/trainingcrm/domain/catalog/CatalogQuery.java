package org.trainingcrm.domain.catalog;

import org.trainingcrm.domain.kernel.PageRequest;

/**
 * What a user browses the catalogue by (K1); every given criterion must hold. Title matching is
 * case-insensitive, ignores accents and finds text anywhere in the title, in any script.
 *
 * @param timing past, current or upcoming relative to today, or null for all
 * @param direction the direction, or null
 * @param kind courses or seminars only, or null
 * @param status the status, or null
 * @param title text the title contains, or null
 */
public record CatalogQuery(CourseTiming timing, DirectionId direction, CourseKind kind, CourseStatus status,
        String title, CatalogOrder order, PageRequest page) {

    /** Every visible course, by start date, first page of 50. */
    public static CatalogQuery all() {
        return new CatalogQuery(null, null, null, null, null, CatalogOrder.START_DATE, PageRequest.first(50));
    }

    public CatalogQuery past() {
        return timing(CourseTiming.PAST);
    }

    public CatalogQuery current() {
        return timing(CourseTiming.CURRENT);
    }

    public CatalogQuery upcoming() {
        return timing(CourseTiming.UPCOMING);
    }

    public CatalogQuery timing(CourseTiming value) {
        return new CatalogQuery(value, direction, kind, status, title, order, page);
    }

    public CatalogQuery inDirection(DirectionId value) {
        return new CatalogQuery(timing, value, kind, status, title, order, page);
    }

    public CatalogQuery ofKind(CourseKind value) {
        return new CatalogQuery(timing, direction, value, status, title, order, page);
    }

    public CatalogQuery withStatus(CourseStatus value) {
        return new CatalogQuery(timing, direction, kind, value, title, order, page);
    }

    public CatalogQuery titleContains(String value) {
        return new CatalogQuery(timing, direction, kind, status, value, order, page);
    }

    public CatalogQuery orderedBy(CatalogOrder value) {
        return new CatalogQuery(timing, direction, kind, status, title, value, page);
    }

    public CatalogQuery page(int number, int size) {
        return new CatalogQuery(timing, direction, kind, status, title, order, new PageRequest(number, size));
    }
}
