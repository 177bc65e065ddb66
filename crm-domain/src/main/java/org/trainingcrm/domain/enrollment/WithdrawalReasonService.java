package org.trainingcrm.domain.enrollment;

import static org.trainingcrm.domain.client.ClientPermission.DICTIONARY_EDIT;
import static org.trainingcrm.domain.enrollment.EnrollmentPermission.ENROLLMENT_READ;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import org.trainingcrm.domain.client.ClientPermission;
import org.trainingcrm.domain.kernel.Actor;
import org.trainingcrm.domain.kernel.AuditState;
import org.trainingcrm.domain.kernel.InvalidValue;
import org.trainingcrm.domain.kernel.Records;
import org.trainingcrm.domain.kernel.UseCases;

/** Use cases of the withdrawal reasons dictionary (E3); extending it takes {@link ClientPermission#DICTIONARY_EDIT}. */
public final class WithdrawalReasonService {

    private final WithdrawalReasons reasons;
    private final Records<WithdrawalReason, WithdrawalReasonId> records;
    private final UseCases useCases;

    public WithdrawalReasonService(EnrollmentPorts ports, UseCases useCases) {
        this.reasons = ports.withdrawalReasons();
        // the dictionary only grows: its entries are added, never saved again
        this.records = Records.<WithdrawalReason, WithdrawalReasonId>shared("withdrawalReason", reasons::byId)
                .audited(r -> new AuditState().with("name", r.name()).with("refundable", r.refundable()))
                .savedBy(reasons::add, null);
        this.useCases = useCases;
    }

    /** Adds a reason; a name that differs from an existing one only in case or accents is refused. */
    public WithdrawalReasonId define(Actor actor, String name, boolean refundable) {
        return useCases.change(actor, DICTIONARY_EDIT, uc -> {
            WithdrawalReason reason = new WithdrawalReason(WithdrawalReasonId.newId(), name, refundable);
            reasons.byNameKey(reason.nameKey()).ifPresent(other -> {
                throw new InvalidValue("withdrawalReason.name", reason.name(),
                        "the dictionary already holds '" + other.name() + "'");
            });
            return uc.add(records, reason, reason.id(), "withdrawalReason.define").id();
        });
    }

    /** The whole dictionary, sorted by name in the actor's locale. */
    public List<ReasonEntry> list(Actor actor) {
        return useCases.read(actor, ENROLLMENT_READ, uc -> {
            Collator collator = Collator.getInstance(actor.locale());
            return reasons.all().stream().map(r -> new ReasonEntry(r.id(), r.name(), r.refundable()))
                    .sorted(Comparator.comparing(ReasonEntry::name, collator).thenComparing(e -> e.id().value()))
                    .toList();
        });
    }
}
