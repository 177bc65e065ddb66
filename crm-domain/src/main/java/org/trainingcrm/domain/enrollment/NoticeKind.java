package org.trainingcrm.domain.enrollment;

/** What a notice to a group's registrants announces (E8). */
public enum NoticeKind {
    GROUP_CONFIRMED,
    GROUP_CANCELLED
}
