package org.trainingcrm.domain.enrollment;

import java.text.Collator;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import org.trainingcrm.domain.kernel.AccessPolicy;
import org.trainingcrm.domain.kernel.Actor;
import org.trainingcrm.domain.kernel.Permission;
import org.trainingcrm.domain.kernel.AuditEntry;
import org.trainingcrm.domain.kernel.AuditLog;
import org.trainingcrm.domain.kernel.AuditState;
import org.trainingcrm.domain.kernel.InvalidValue;
import org.trainingcrm.domain.kernel.Transactions;
import org.trainingcrm.domain.client.ClientPermission;

/** Use cases of the withdrawal reasons dictionary (E3); extending it takes {@link Permission#DICTIONARY_EDIT}. */
public final class WithdrawalReasonService {

    private final WithdrawalReasons reasons;
    private final AccessPolicy access;
    private final Transactions transactions;
    private final AuditLog audit;
    private final Clock clock;

    public WithdrawalReasonService(WithdrawalReasons reasons, AccessPolicy access, Transactions transactions,
            AuditLog audit, Clock clock) {
        this.reasons = reasons;
        this.access = access;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    /** Adds a reason; a name that differs from an existing one only in case or accents is refused. */
    public WithdrawalReasonId define(Actor actor, String name, boolean refundable) {
        return transactions.inTransaction(() -> {
            access.require(actor, ClientPermission.DICTIONARY_EDIT);
            WithdrawalReason reason = new WithdrawalReason(WithdrawalReasonId.newId(), name, refundable);
            reasons.byNameKey(reason.nameKey()).ifPresent(other -> {
                throw new InvalidValue("withdrawalReason.name", reason.name(),
                        "the dictionary already holds '" + other.name() + "'");
            });
            reasons.add(reason);
            audit.record(new AuditEntry(clock.instant(), actor.user(), "withdrawalReason.define", "withdrawalReason",
                    reason.id(), null, new AuditState().with("name", reason.name()).with("refundable", refundable)));
            return reason.id();
        });
    }

    /** The whole dictionary, sorted by name in the actor's locale. */
    public List<ReasonEntry> list(Actor actor) {
        return transactions.inTransaction(() -> {
            access.require(actor, EnrollmentPermission.ENROLLMENT_READ);
            Collator collator = Collator.getInstance(actor.locale());
            return reasons.all().stream().map(r -> new ReasonEntry(r.id(), r.name(), r.refundable()))
                    .sorted(Comparator.comparing(ReasonEntry::name, collator).thenComparing(e -> e.id().value()))
                    .toList();
        });
    }
}
