package org.trainingcrm.domain.client;

import org.trainingcrm.domain.kernel.SearchKey;
import org.trainingcrm.domain.kernel.Text;

/** A sphere of activity (medicine, banking, ...) from the dictionary the centre extends. */
public class Industry {

    private IndustryId id;
    private String name;
    private String nameKey;
    private long version;

    protected Industry() {
    }

    public Industry(IndustryId id, String name) {
        this.id = id;
        rename(name);
    }

    public void rename(String newName) {
        this.name = Text.required("industry.name", newName, 200);
        this.nameKey = SearchKey.of(name);
    }

    public IndustryId id() {
        return id;
    }

    public String name() {
        return name;
    }

    /** The name's search form; two industries may not share it. */
    public String nameKey() {
        return nameKey;
    }

    public long version() {
        return version;
    }
}
