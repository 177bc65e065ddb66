package org.trainingcrm.persistence.schedule;

import jakarta.persistence.AttributeConverter;
import org.trainingcrm.domain.schedule.GroupId;
import org.trainingcrm.persistence.jpa.UuidIdConverter;

/** Maps {@link GroupId} to a CHAR(36) column. */
public final class GroupIdConverter extends UuidIdConverter<GroupId>
        implements AttributeConverter<GroupId, String> {

    public GroupIdConverter() {
        super(GroupId::value, GroupId::new);
    }
}
