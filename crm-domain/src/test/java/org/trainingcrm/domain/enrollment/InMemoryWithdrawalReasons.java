package org.trainingcrm.domain.enrollment;

import java.util.Optional;
import org.trainingcrm.domain.fixtures.InMemoryStore;
import org.trainingcrm.domain.fixtures.InMemoryTransactions;

public final class InMemoryWithdrawalReasons extends InMemoryStore<WithdrawalReasonId, WithdrawalReason>
        implements WithdrawalReasons {
    public InMemoryWithdrawalReasons(InMemoryTransactions transactions) {
        super("withdrawalReason", WithdrawalReason::id, transactions);
    }

    @Override
    public Optional<WithdrawalReason> byNameKey(String nameKey) {
        return stream().filter(r -> r.nameKey().equals(nameKey)).findFirst();
    }
}
