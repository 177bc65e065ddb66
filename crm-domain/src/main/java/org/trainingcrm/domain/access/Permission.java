package org.trainingcrm.domain.access;

/** One thing a use case may require of the acting user. */
public enum Permission {
    CLIENT_READ,
    CLIENT_WRITE,
    CLIENT_BULK_LOAD,
    CLIENT_REASSIGN,
    DICTIONARY_EDIT,
    STAFF_ADMINISTER,
    AUDIT_READ,
    /** Read a person's medical notes (restricted data; every read is audited). */
    MEDICAL_READ,
    /** Write or clear a person's medical notes. */
    MEDICAL_WRITE,
    /** Read the course catalogue and its documents. */
    CATALOG_READ,
    /** Edit programmes: courses, their documents, directions; move courses through their statuses. */
    CATALOG_EDIT,
    /** Read rooms, groups and the timetable, and export it as iCalendar. */
    TIMETABLE_READ,
    /** Edit rooms, groups and lessons. */
    TIMETABLE_EDIT,
    /** Read enrollments, waiting lists, attendance, results, notes and certificates. */
    ENROLLMENT_READ,
    /** Enroll, withdraw, transfer, substitute, book make-ups and trials, mark attendance, grade, write notes. */
    ENROLLMENT_WRITE,
    /** Issue certificates (numbers are documents of record: administrators only by default). */
    CERTIFICATE_ISSUE,
    /** Export analytics reports to a workbook, over the branches the user may see (administrators by default). */
    REPORT_EXPORT
}
