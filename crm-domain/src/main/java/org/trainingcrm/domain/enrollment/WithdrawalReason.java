package org.trainingcrm.domain.enrollment;

import java.util.Objects;
import org.trainingcrm.domain.kernel.SearchKey;
import org.trainingcrm.domain.kernel.Text;

/** A reason for withdrawal from the dictionary the centre extends (E3): illness, moved away, price. */
public class WithdrawalReason {

    private WithdrawalReasonId id;
    private String name;
    private String nameKey;
    private boolean refundable;
    private long version;

    protected WithdrawalReason() {
    }

    /**
     * @param refundable whether a withdrawal for this reason is refunded, as the centre's rules say
     */
    public WithdrawalReason(WithdrawalReasonId id, String name, boolean refundable) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = Text.required("withdrawalReason.name", name, 200);
        this.nameKey = SearchKey.of(this.name);
        this.refundable = refundable;
    }

    public WithdrawalReasonId id() {
        return id;
    }

    public String name() {
        return name;
    }

    /** The name's search form; two reasons may not share it. */
    public String nameKey() {
        return nameKey;
    }

    public boolean refundable() {
        return refundable;
    }

    public long version() {
        return version;
    }
}
