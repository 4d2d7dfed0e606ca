package fr.convergences;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.Component;
import io.micronaut.data.repository.GenericRepository;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The package rules of the design notes (section 2 and habit 3), checked on every build. */
class ArchitectureTest {

    /**
     * Features from left to right: a feature may use those to its left, never those to its right.
     * Features on the same level (debate, motion) do not use each other.
     */
    static final List<List<String>> LEVELS = List.of(
            List.of("base"), List.of("identity"), List.of("territory"), List.of("consultation"),
            List.of("contribution"), List.of("search"), List.of("convergence"),
            List.of("debate", "motion"), List.of("project"));

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fr.convergences");
    }

    @Test
    void features_depend_only_on_features_to_their_left() {
        for (int level = 0; level < LEVELS.size(); level++) {
            for (String feature : LEVELS.get(level)) {
                for (int other = level; other < LEVELS.size(); other++) {
                    for (String forbidden : LEVELS.get(other)) {
                        if (forbidden.equals(feature)) {
                            continue;
                        }
                        noClasses().that().resideInAPackage("fr.convergences." + feature + "..")
                                .should().dependOnClassesThat().resideInAPackage("fr.convergences." + forbidden + "..")
                                .because(feature + " is left of, or beside, " + forbidden + " in the design notes")
                                .allowEmptyShould(true)
                                .check(classes);
                    }
                }
            }
        }
    }

    @Test
    void feature_packages_have_no_cycles() {
        slices().matching("fr.convergences.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void views_talk_to_services_never_to_repositories() {
        noClasses().that().areAssignableTo(Component.class)
                .should().dependOnClassesThat().areAssignableTo(GenericRepository.class)
                .because("views call services, which own transactions, permissions and validation")
                .check(classes);
    }

    @Test
    void controllers_talk_to_services_never_to_repositories() {
        noClasses().that().areAnnotatedWith(io.micronaut.http.annotation.Controller.class)
                .should().dependOnClassesThat().areAssignableTo(GenericRepository.class)
                .check(classes);
    }
}
