package fr.convergences;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceRule;
import com.vaadin.flow.component.Component;
import fr.convergences.base.database.Sql;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.repository.GenericRepository;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.Transactional;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package rules of the design notes (section 2 and habit 3), checked on every build. */
class ArchitectureTest {

    /**
     * Features from left to right: a feature may use those to its left, never those to its right.
     * Features on the same level (debate, motion) do not use each other.
     */
    static final List<List<String>> LEVELS = List.of(
            List.of("base"),
            List.of("identity"),
            List.of("territory"),
            List.of("consultation"),
            List.of("contribution"),
            List.of("search"),
            List.of("convergence"),
            List.of("debate", "motion"),
            List.of("project"));

    /**
     * The cycles between packages known when the rule went in (2026-12-06) and not broken yet, each named by the
     * classes that close it, with what would break it. A dependency listed here is ignored by the cycle rule; any
     * other cycle, at any depth, fails the build. Remove an entry once its cycle is gone. The last two went on 2026-12-07
     * (motion's entry points moved to motion.entry; audited profile and role changes to identity.profile and .role).
     */
    static final List<FrozenCycle> FROZEN_CYCLES = List.of();

    record FrozenCycle(String originClassNames, String targetPackage) {}

    /**
     * Persistence classes: Micronaut Data repositories (`*Repository`), a feature's hand-written SQL (`*Store`, the
     * one name for them since the older `*Records`, `*Queries` and `*Browser` were renamed), the shared helper in
     * base.database, and motion's infrastructure layer, which is its persistence.
     */
    static final DescribedPredicate<JavaClass> PERSISTENCE = DescribedPredicate.describe(
            "persistence classes", (JavaClass c) -> isPersistence(c.getPackageName(), topLevelName(c)));

    /** The names of persistence classes (top-level simple names); SqlLiteralTest reads sources with the same rule. */
    static final String PERSISTENCE_NAMES = ".*(Repository|Store)";

    static boolean isPersistence(String packageName, String topLevelName) {
        return topLevelName.matches(PERSISTENCE_NAMES)
                || packageName.equals("fr.convergences.base.database")
                || packageName.startsWith("fr.convergences.motion.infrastructure");
    }

    /** Micronaut's generated bean definitions and interceptors ($…$Definition): they inject what the class injects. */
    static final DescribedPredicate<JavaClass> GENERATED = DescribedPredicate.describe(
            "classes Micronaut generates", (JavaClass c) -> topLevelName(c).startsWith("$"));

    /** A class that opens transactions: @Transactional on it or on a method, or TransactionOperations. */
    static final DescribedPredicate<JavaClass> TRANSACTIONAL =
            DescribedPredicate.describe("transactional classes", (JavaClass c) -> {
                JavaClass top = topLevel(c);
                return top.isAnnotatedWith(Transactional.class)
                        || top.getMethods().stream().anyMatch(method -> method.isAnnotatedWith(Transactional.class))
                        || top.getDirectDependenciesFromSelf().stream()
                                .anyMatch(dependency ->
                                        dependency.getTargetClass().isAssignableTo(TransactionOperations.class));
            });

    /**
     * Classes that used repositories without opening a transaction when the rule went in (2026-12-07), by simple
     * name: helpers their callers use inside the caller's transaction (moderation's records and targets, council mandates, organisation admins, follow-up records and audiences),
     * single reads where each repository call is its own transaction (Permissions, CurrentUser), and demo data.
     * Not reviewed one by one: annotate each, or make it a persistence class, and remove it here. Debate's three
     * (waiting list, registrants' messages and notices), moderation's decisions and the follow-up recorder now say
     * {@code @Transactional(propagation = MANDATORY)}. Council mandates and organisation admins answer Permissions'
     * ports, which views call outside any transaction: they need readOnly transactions, not MANDATORY.
     */
    static final Set<String> FROZEN_REPOSITORY_USERS = Set.of(
            "ModerationTarget",
            "CouncilMandates",
            "OrganisationAdmins",
            "FollowUpAudiences",
            "Permissions",
            "CurrentUser",
            "ConvergenceDemoData");

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
                        noClasses()
                                .that()
                                .resideInAPackage("fr.convergences." + feature + "..")
                                .should()
                                .dependOnClassesThat()
                                .resideInAPackage("fr.convergences." + forbidden + "..")
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

    /** Every package is its own slice: a sub-feature and its core, or two layers of a feature, point one way. */
    @Test
    void packages_have_no_cycles_at_any_depth() {
        SliceRule rule = slices().matching("fr.convergences.(**)").should().beFreeOfCycles();
        for (FrozenCycle cycle : FROZEN_CYCLES) {
            rule = rule.ignoreDependency(
                    nameMatching(cycle.originClassNames()), resideInAPackage(cycle.targetPackage()));
        }
        rule.check(classes);
    }

    /**
     * Motion's layers: the model (rules, records) uses no other layer; the use cases (application) use the model
     * and the infrastructure (storage, ballot box, PDF); the infrastructure uses the model only; the pages (ui)
     * call the use cases and read the model; the entry points (demo data, the verify-session command) drive the use
     * cases from outside a request; nothing reaches the pages or the entry points.
     */
    @Test
    void motion_layers_point_one_way() {
        // Only the dependencies between these layers: other features (project) may use motion's use cases.
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("model")
                .definedBy("fr.convergences.motion.model..")
                .layer("application")
                .definedBy("fr.convergences.motion.application..")
                .layer("infrastructure")
                .definedBy("fr.convergences.motion.infrastructure..")
                .layer("ui")
                .definedBy("fr.convergences.motion.ui..")
                .layer("entry")
                .definedBy("fr.convergences.motion.entry..")
                .whereLayer("ui")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("entry")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("application")
                .mayOnlyBeAccessedByLayers("ui", "entry")
                .whereLayer("infrastructure")
                .mayOnlyBeAccessedByLayers("application", "entry")
                .whereLayer("model")
                .mayOnlyBeAccessedByLayers("application", "infrastructure", "ui", "entry")
                .check(classes);
    }

    /**
     * Convergence's inside: the engine (similarity, clustering) is pure and uses no other part of the feature; the
     * file formats (io) use the engine; the quality measures use both; none of them reaches the feature's services
     * and storage at its root; the pages (ui) sit above everything and nothing reaches them.
     */
    @Test
    void convergence_engine_points_one_way() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("engine")
                .definedBy("fr.convergences.convergence.engine..")
                .layer("io")
                .definedBy("fr.convergences.convergence.io..")
                .layer("quality")
                .definedBy("fr.convergences.convergence.quality..")
                .layer("feature")
                .definedBy(DescribedPredicate.describe(
                        "the feature's root package",
                        (JavaClass c) -> c.getPackageName().equals("fr.convergences.convergence")))
                .layer("ui")
                .definedBy("fr.convergences.convergence.ui..")
                .whereLayer("ui")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("engine")
                .mayNotAccessAnyLayer()
                .whereLayer("io")
                .mayOnlyAccessLayers("engine")
                .whereLayer("quality")
                .mayOnlyAccessLayers("engine", "io")
                .check(classes);
    }

    @Test
    void only_persistence_classes_run_sql() {
        noClasses()
                .that(DescribedPredicate.not(PERSISTENCE.or(GENERATED)))
                .should()
                .dependOnClassesThat()
                .belongToAnyOf(JdbcOperations.class, Sql.class)
                .because("SQL lives in its feature's *Store (or a repository); services and views call those")
                .check(classes);
    }

    @Test
    void only_transactional_or_persistence_classes_use_repositories() {
        noClasses()
                .that(DescribedPredicate.not(
                        PERSISTENCE.or(GENERATED).or(TRANSACTIONAL).or(named(FROZEN_REPOSITORY_USERS))))
                .should()
                .dependOnClassesThat()
                .areAssignableTo(GenericRepository.class)
                .because("services own transactions: a repository is called inside one")
                .check(classes);
    }

    @Test
    void views_talk_to_services_never_to_repositories() {
        noClasses()
                .that()
                .areAssignableTo(Component.class)
                .should()
                .dependOnClassesThat()
                .areAssignableTo(GenericRepository.class)
                .because("views call services, which own transactions, permissions and validation")
                .check(classes);
    }

    /**
     * Views: Vaadin components, every class of a {@code ui} package, and classes named {@code *View} (with their
     * nested classes and lambdas). Micronaut's generated definitions are left out: they inject what the view injects.
     */
    static final DescribedPredicate<JavaClass> VIEWS = DescribedPredicate.describe(
            "views (components, ui packages, *View)",
            (JavaClass c) -> !GENERATED.test(c)
                    && (c.isAssignableTo(Component.class)
                            || c.getPackageName().matches(".*\\.ui(\\..*)?")
                            || topLevelName(c).endsWith("View")));

    /**
     * A persistence class itself (a *Store, a repository, base.database, motion's infrastructure), not a record nested
     * in it: a store may declare the read model it returns (DebateListingStore.PastPage, ConvergenceStore.Member), and
     * a view may show that data, but it asks a service for it.
     */
    static final DescribedPredicate<JavaClass> TOP_LEVEL_PERSISTENCE = DescribedPredicate.describe(
            "persistence classes (not the records nested in them)",
            (JavaClass c) -> c.getPackageName().startsWith("fr.convergences")
                    && !c.isArray()
                    && PERSISTENCE.test(c)
                    && c.getEnclosingClass().isEmpty());

    @Test
    void views_talk_to_services_never_to_stores() {
        noClasses()
                .that(VIEWS)
                .should()
                .dependOnClassesThat(TOP_LEVEL_PERSISTENCE)
                .because("views call services, which own transactions, permissions and validation; SQL holders are"
                        + " called by services only")
                .check(classes);
    }

    @Test
    void controllers_talk_to_services_never_to_repositories() {
        noClasses()
                .that()
                .areAnnotatedWith(io.micronaut.http.annotation.Controller.class)
                .should()
                .dependOnClassesThat()
                .areAssignableTo(GenericRepository.class)
                .check(classes);
    }

    private static DescribedPredicate<JavaClass> named(Set<String> simpleNames) {
        return DescribedPredicate.describe("frozen by name", (JavaClass c) -> simpleNames.contains(topLevelName(c)));
    }

    /** The name of the top-level class a nested class or lambda belongs to; generated classes keep their own. */
    private static String topLevelName(JavaClass c) {
        String name = c.getName().substring(c.getPackageName().length() + 1);
        int nested = name.indexOf('$', 1);
        return name.startsWith("$") || nested < 0 ? name : name.substring(0, nested);
    }

    private static JavaClass topLevel(JavaClass c) {
        JavaClass top = c;
        while (top.getEnclosingClass().isPresent()) {
            top = top.getEnclosingClass().get();
        }
        return top;
    }
}
