package org.trainingcrm.persistence.convert;

import jakarta.persistence.AttributeConverter;
import org.trainingcrm.domain.schedule.GroupId;

/** Maps {@link GroupId} to a CHAR(36) column. */
public final class GroupIdConverter extends UuidIdConverter<GroupId>
        implements AttributeConverter<GroupId, String> {

    public GroupIdConverter() {
        super(GroupId::value, GroupId::new);
    }
}
