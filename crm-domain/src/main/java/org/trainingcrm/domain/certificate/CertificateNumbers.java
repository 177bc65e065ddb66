package org.trainingcrm.domain.certificate;

import org.trainingcrm.domain.catalog.CourseId;

/**
 * Port: hands out certificate sequence numbers per course and year (E5). The number is held
 * until the calling transaction ends: a concurrent issue for the same course and year waits,
 * then gets the next one; a transaction that rolls back gives its number back.
 */
public interface CertificateNumbers {

    /** The next sequence number of the course and year, 1 for the first. */
    int next(CourseId course, int year);
}
