package org.trainingcrm.domain.branch;

import java.util.Locale;
import java.util.Set;
import org.trainingcrm.domain.kernel.InvalidValue;
import org.trainingcrm.domain.kernel.Text;
import org.trainingcrm.domain.kernel.BranchId;

/** A branch of the centre; every client belongs to one, and the head office sees them all. */
public class Branch {

    private static final Set<String> REGIONS = Set.of(Locale.getISOCountries());

    private BranchId id;
    private String name;
    private String region;
    private boolean headOffice;
    private long version;

    protected Branch() {
    }

    /**
     * A branch in the given country (ISO 3166 alpha-2): phones typed without a country code and
     * tax ids without a stated country are read as this country's.
     */
    public Branch(BranchId id, String name, String region, boolean headOffice) {
        this.id = id;
        this.name = Text.required("branch.name", name, 200);
        String code = region == null ? null : region.strip().toUpperCase(Locale.ROOT);
        if (code == null || !REGIONS.contains(code)) {
            throw new InvalidValue("branch.region", region, "is not an ISO 3166 country code");
        }
        this.region = code;
        this.headOffice = headOffice;
    }

    public BranchId id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String region() {
        return region;
    }

    public boolean isHeadOffice() {
        return headOffice;
    }

    public long version() {
        return version;
    }
}
