package org.cthub.api.support.security;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

/**
 * Every resource method says who may call it: {@code @RolesAllowed} (on it or its class), {@code @PermitAll}
 * or {@code @DenyAll} on the method. {@link DenyByDefault} refuses the others at run time; this test makes
 * the omission a build failure instead of a surprise 403.
 */
@AnalyzeClasses(packages = "org.cthub", importOptions = ImportOption.DoNotIncludeTests.class)
class DenyByDefaultTest {

    private static final DescribedPredicate<JavaMethod> RESOURCE_METHODS = new DescribedPredicate<>("resource methods") {
        @Override
        public boolean test(JavaMethod method) {
            boolean httpMethod = method.getAnnotations().stream()
                    .anyMatch(annotation -> annotation.getRawType().isAnnotatedWith(HttpMethod.class));
            return httpMethod || method.isAnnotatedWith(Path.class);
        }
    };

    private static final ArchCondition<JavaMethod> NAME_WHO_MAY_CALL_THEM = new ArchCondition<>("name who may call them") {
        @Override
        public void check(JavaMethod method, ConditionEvents events) {
            boolean named = method.isAnnotatedWith(RolesAllowed.class) || method.isAnnotatedWith(PermitAll.class)
                    || method.isAnnotatedWith(DenyAll.class) || method.getOwner().isAnnotatedWith(RolesAllowed.class);
            events.add(new SimpleConditionEvent(method, named, method.getFullName()
                    + (named ? " names" : " does not name") + " who may call it (@RolesAllowed, @PermitAll or @DenyAll)"));
        }
    };

    @ArchTest
    static final ArchRule everyResourceMethodNamesWhoMayCallIt = methods()
            .that(RESOURCE_METHODS)
            .should(NAME_WHO_MAY_CALL_THEM);
}
