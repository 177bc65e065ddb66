package org.trainingcrm.domain.kernel;

/** Someone else changed the record since it was read; the change was not written. */
public final class ConcurrentChange extends CrmException {

    private final String entity;
    private final String id;

    public ConcurrentChange(String entity, Object id, String detail) {
        super(entity + " " + id + " was changed by someone else: " + detail);
        this.entity = entity;
        this.id = String.valueOf(id);
    }

    public ConcurrentChange(String entity, Object id, Throwable cause) {
        super(entity + " " + id + " was changed by someone else", cause);
        this.entity = entity;
        this.id = String.valueOf(id);
    }

    public String entity() {
        return entity;
    }

    public String id() {
        return id;
    }
}
