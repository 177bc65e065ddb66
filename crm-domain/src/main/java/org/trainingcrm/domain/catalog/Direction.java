package org.trainingcrm.domain.catalog;

import java.util.Objects;
import org.trainingcrm.domain.kernel.SearchKey;
import org.trainingcrm.domain.kernel.Text;

/** A direction of study (accounting, languages, IT, ...) from the dictionary the centre extends. */
public class Direction {

    private DirectionId id;
    private String name;
    private String nameKey;
    private long version;

    protected Direction() {
    }

    public Direction(DirectionId id, String name) {
        this.id = Objects.requireNonNull(id, "id");
        rename(name);
    }

    public void rename(String newName) {
        this.name = Text.required("direction.name", newName, 200);
        this.nameKey = SearchKey.of(name);
    }

    public DirectionId id() {
        return id;
    }

    public String name() {
        return name;
    }

    /** The name's search form; two directions may not share it. */
    public String nameKey() {
        return nameKey;
    }

    public long version() {
        return version;
    }
}
