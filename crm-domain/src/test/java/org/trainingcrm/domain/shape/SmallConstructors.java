package org.trainingcrm.domain.shape;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * Services are built from the template and a few port bundles: a service that needs more than a
 * handful of collaborators does more than one job.
 */
final class SmallConstructors extends ArchCondition<JavaClass> {

    private final int most;
    private final Class<?> required;

    SmallConstructors(int most, Class<?> required) {
        super("take a " + required.getSimpleName() + " and at most " + most + " collaborators beside it");
        this.most = most;
        this.required = required;
    }

    @Override
    public void check(JavaClass type, ConditionEvents events) {
        for (JavaConstructor constructor : type.getConstructors()) {
            if (!constructor.getModifiers().contains(JavaModifier.PUBLIC)) {
                continue;
            }
            int count = constructor.getRawParameterTypes().size() - 1;
            if (count > most) {
                events.add(SimpleConditionEvent.violated(type, constructor.getFullName() + " takes " + count + " collaborators"));
            }
            if (constructor.getRawParameterTypes().stream().noneMatch(p -> p.isEquivalentTo(required))) {
                events.add(SimpleConditionEvent.violated(type, constructor.getFullName() + " takes no "
                        + required.getSimpleName()));
            }
        }
    }
}
