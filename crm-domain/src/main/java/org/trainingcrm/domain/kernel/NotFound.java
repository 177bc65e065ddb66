package org.trainingcrm.domain.kernel;

/** No record of the given kind has the given id (or the actor may not see it). */
public final class NotFound extends CrmException {

    private final String entity;
    private final String id;

    public NotFound(String entity, Object id) {
        super(entity + " " + id + " does not exist");
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
