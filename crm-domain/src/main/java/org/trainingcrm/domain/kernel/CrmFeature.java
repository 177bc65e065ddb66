package org.trainingcrm.domain.kernel;

import java.util.List;

/**
 * One feature of the CRM as the domain sees it: the port bundles it needs a store to keep, the
 * permissions it declares (with their default grants) and how its services are built. The
 * registry of features lists each once, in an order where a feature comes after those whose
 * services it uses.
 */
public interface CrmFeature {

    /** The feature's name, the same as its package in every module. */
    String name();

    /** The bundles of ports its services need from a store (its own and others'). */
    List<Class<?>> ports();

    /** The permissions it declares. */
    List<Permission> permissions();

    /** Builds its services and provides them to the wiring. */
    void wire(Wiring wiring);
}
