package org.trainingcrm.domain.shape;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/** A feature's bundle type is named after the feature package it sits in: client → ClientPorts. */
final class NamedAfterItsPackage extends ArchCondition<JavaClass> {

    private final String suffix;

    NamedAfterItsPackage(String suffix) {
        super("be named after their feature package, ending in " + suffix);
        this.suffix = suffix;
    }

    @Override
    public void check(JavaClass type, ConditionEvents events) {
        String pkg = type.getPackageName();
        String feature = pkg.substring(pkg.lastIndexOf('.') + 1);
        String expected = Character.toUpperCase(feature.charAt(0)) + feature.substring(1) + suffix;
        if (!type.getSimpleName().equals(expected)) {
            events.add(SimpleConditionEvent.violated(type, type.getName() + " should be named " + expected));
        }
    }
}
