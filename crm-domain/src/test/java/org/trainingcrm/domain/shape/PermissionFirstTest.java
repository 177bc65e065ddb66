package org.trainingcrm.domain.shape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.trainingcrm.domain.Crm;
import org.trainingcrm.domain.fixtures.InMemoryCrm;
import org.trainingcrm.domain.fixtures.TestClock;
import org.trainingcrm.domain.kernel.AccessDenied;
import org.trainingcrm.domain.kernel.AccessPolicy;
import org.trainingcrm.domain.kernel.Actor;
import org.trainingcrm.domain.kernel.BranchId;
import org.trainingcrm.domain.kernel.BranchScope;
import org.trainingcrm.domain.kernel.Permission;
import org.trainingcrm.domain.kernel.Role;
import org.trainingcrm.domain.kernel.UserId;

/**
 * Generated from every public use case of every service {@link Crm} hands out: a caller the
 * policy grants nothing gets {@link AccessDenied} before anything is looked up, so ids that do
 * not exist answer the same as ids that do (never NotFound, never a NullPointerException from
 * an argument read too early).
 */
class PermissionFirstTest {

    private final Crm crm = Crm.on(new InMemoryCrm(), new DenyAll(), TestClock.at("2026-03-02T09:00:00Z"));
    private final Actor nobody = new Actor(UserId.newId(), Set.of(Role.values()), BranchId.newId(), Locale.ENGLISH);

    @TestFactory
    Stream<DynamicTest> every_use_case_asks_the_permission_first() {
        List<DynamicTest> tests = services().flatMap(service -> useCasesOf(service.getClass()).map(method -> {
            String name = service.getClass().getSimpleName() + "." + method.getName() + Arrays.stream(
                    method.getParameterTypes()).map(Class::getSimpleName).toList();
            return DynamicTest.dynamicTest(name,
                    () -> assertThatThrownBy(() -> invoke(service, method)).as(name).isInstanceOf(AccessDenied.class));
        })).toList();
        assertThat(tests).hasSizeGreaterThan(100);
        return tests.stream();
    }

    private Stream<Object> services() {
        return crm.serviceTypes().stream().filter(type -> type.getSimpleName().endsWith("Service"))
                .sorted(Comparator.comparing(Class::getName))
                .map(type -> (Object) crm.service(type));
    }

    private static Stream<Method> useCasesOf(Class<?> service) {
        return Arrays.stream(service.getMethods())
                .filter(m -> m.getDeclaringClass() == service && !Modifier.isStatic(m.getModifiers()))
                .filter(m -> Arrays.asList(m.getParameterTypes()).contains(Actor.class))
                .sorted(Comparator.comparing(Method::toGenericString));
    }

    private void invoke(Object service, Method method) throws Throwable {
        Object[] arguments = Arrays.stream(method.getParameterTypes()).map(this::argument).toArray();
        try {
            method.invoke(service, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** An actor, a fresh id of any kind, a plain value, or null for a form the check must not read. */
    private Object argument(Class<?> type) {
        if (type == Actor.class) {
            return nobody;
        }
        if (type.isRecord() && type.getRecordComponents().length == 1
                && type.getRecordComponents()[0].getType() == UUID.class) {
            try {
                return type.getDeclaredConstructor(UUID.class).newInstance(UUID.randomUUID());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == int.class) {
            return 0;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == String.class) {
            return "x";
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        return null;
    }

    /** A policy that grants nothing to anyone. */
    private static final class DenyAll implements AccessPolicy {

        @Override
        public void require(Actor actor, Permission permission) {
            throw new AccessDenied(actor.user(), permission, "the policy grants nothing");
        }

        @Override
        public void require(Actor actor, Permission permission, BranchId branch) {
            require(actor, permission);
        }

        @Override
        public BranchScope scopeOf(Actor actor) {
            return BranchScope.of(actor.branch());
        }
    }
}
