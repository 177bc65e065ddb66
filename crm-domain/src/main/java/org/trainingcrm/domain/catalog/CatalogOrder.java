package org.trainingcrm.domain.catalog;

/** How the catalogue sorts a listing; ties are broken by title, then by id. */
public enum CatalogOrder {
    /** Earliest start first: what comes next. */
    START_DATE,
    /** Latest start first: the archive, most recent on top. */
    START_DATE_DESCENDING,
    /** By title in the user's locale. */
    TITLE
}
