package org.trainingcrm.persistence.shape;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A persistence feature package stores its own domain feature: it names the domain types that
 * feature speaks in (its own, the kernel's, and the ids of features its ports take), and reaches
 * other persistence code through the shared JPA helpers only, so one feature's tables never lean
 * on another feature's stores.
 */
final class OwnFeatureOnly extends ArchCondition<JavaClass> {

    private static final String PERSISTENCE = "org.trainingcrm.persistence.";
    private static final String DOMAIN = "org.trainingcrm.domain.";

    private final JavaClasses domain;
    private final Map<String, Set<String>> spokenBy = new HashMap<>();

    /** @param domain crm-domain's classes, to learn which features each domain feature speaks of */
    OwnFeatureOnly(JavaClasses domain) {
        super("depend on their own domain feature (and the types it speaks in) and persistence.jpa only");
        this.domain = domain;
    }

    @Override
    public void check(JavaClass type, ConditionEvents events) {
        String feature = featureOf(type.getPackageName(), PERSISTENCE);
        for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
            String target = dependency.getTargetClass().getPackageName();
            boolean allowed;
            if (target.startsWith(PERSISTENCE)) {
                String other = featureOf(target, PERSISTENCE);
                allowed = other.equals(feature) || other.equals("jpa");
            } else if (target.startsWith(DOMAIN)) {
                String other = featureOf(target, DOMAIN);
                allowed = spokenBy(feature).contains(other);
            } else {
                allowed = true;
            }
            if (!allowed) {
                events.add(SimpleConditionEvent.violated(type, dependency.getDescription()));
            }
        }
    }

    /** The domain packages the domain feature itself depends on, with itself and the kernel. */
    private Set<String> spokenBy(String feature) {
        return spokenBy.computeIfAbsent(feature, f -> {
            Set<String> packages = new HashSet<>(Set.of(f, "kernel"));
            domain.stream().filter(c -> c.getPackageName().equals(DOMAIN + f))
                    .flatMap(c -> c.getDirectDependenciesFromSelf().stream())
                    .map(d -> d.getTargetClass().getPackageName())
                    .filter(p -> p.startsWith(DOMAIN))
                    .forEach(p -> packages.add(featureOf(p, DOMAIN)));
            return packages;
        });
    }

    private static String featureOf(String pkg, String root) {
        String rest = pkg.length() > root.length() ? pkg.substring(root.length()) : "";
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
