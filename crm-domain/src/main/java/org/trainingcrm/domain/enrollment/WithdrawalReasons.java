package org.trainingcrm.domain.enrollment;

import java.util.List;
import java.util.Optional;

/** Port: the dictionary of withdrawal reasons. */
public interface WithdrawalReasons {

    Optional<WithdrawalReason> byId(WithdrawalReasonId id);

    Optional<WithdrawalReason> byNameKey(String nameKey);

    void add(WithdrawalReason reason);

    List<WithdrawalReason> all();
}
