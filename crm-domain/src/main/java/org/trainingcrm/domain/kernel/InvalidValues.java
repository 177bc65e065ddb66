package org.trainingcrm.domain.kernel;

import java.util.List;
import java.util.stream.Collectors;

/** Several fields of one input were refused at once; each refusal is kept. */
public final class InvalidValues extends CrmException {

    private final List<InvalidValue> refusals;

    public InvalidValues(List<InvalidValue> refusals) {
        super(refusals.stream().map(Throwable::getMessage).collect(Collectors.joining("; ")));
        this.refusals = List.copyOf(refusals);
    }

    public List<InvalidValue> refusals() {
        return refusals;
    }
}
