package org.trainingcrm.domain.shape;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;

/**
 * The naming rule for ports, so a reader tells them from services: a store the domain keeps
 * records in is a plural noun (Clients, GuestVisits); a gateway that acts for it is an agent
 * noun (Notifier, CalendarWriter). Both are interfaces.
 */
final class PortNames extends ArchCondition<JavaClass> {

    private static final Set<String> IRREGULAR_PLURALS = Set.of("People");

    PortNames() {
        super("bundle interfaces named as plural nouns (stores) or agent nouns (gateways)");
    }

    @Override
    public void check(JavaClass bundle, ConditionEvents events) {
        for (JavaField field : bundle.getFields()) {
            if (field.getModifiers().contains(JavaModifier.STATIC)) {
                continue;
            }
            JavaClass port = field.getRawType();
            String name = port.getSimpleName();
            boolean named = name.endsWith("s") || name.endsWith("er") || IRREGULAR_PLURALS.contains(name);
            if (!port.isInterface() || !named || name.endsWith("Service")) {
                events.add(SimpleConditionEvent.violated(bundle, bundle.getSimpleName() + "." + field.getName()
                        + " is " + name + ": a port is an interface named as a plural or agent noun"));
            }
        }
    }
}
