package org.claimtrail.server;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.spring.stereotype.Aggregate;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * docs/architecture.md's module rules: each role module stands on api, platform and audit alone, so that a process can
 * run any of them without the others; the server assembles them and holds no domain of its own.
 */
@AnalyzeClasses(packages = "org.claimtrail", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundariesTest {

    private static final String API = "org.claimtrail.api..";
    private static final String PLATFORM = "org.claimtrail.platform..";
    private static final String AUDIT = "org.claimtrail.audit..";
    private static final String COMMAND = "org.claimtrail.command..";
    private static final String PROJECTION = "org.claimtrail.projection..";
    private static final String NOTIFICATION = "org.claimtrail.notification..";
    private static final String EXTRACTION = "org.claimtrail.extraction..";
    private static final String CONSOLE = "org.claimtrail.console..";
    private static final String SERVER = "org.claimtrail.server..";

    @ArchTest
    static final ArchRule apiDependsOnNothingOfOurs = classes().that().resideInAPackage(API)
            .should().onlyDependOnClassesThat().resideOutsideOfPackages(PLATFORM, AUDIT, COMMAND, PROJECTION,
                    NOTIFICATION, EXTRACTION, SERVER);

    @ArchTest
    static final ArchRule platformDependsOnlyOnApi = classes().that().resideInAPackage(PLATFORM)
            .should().onlyDependOnClassesThat().resideOutsideOfPackages(AUDIT, COMMAND, PROJECTION, NOTIFICATION,
                    EXTRACTION, SERVER);

    /** The audit chain is the roles' shared home for hashing, signing and verifying: it knows no role's insides. */
    @ArchTest
    static final ArchRule auditDependsOnlyOnApiAndPlatform = classes().that().resideInAPackage(AUDIT)
            .should().onlyDependOnClassesThat().resideOutsideOfPackages(COMMAND, PROJECTION, NOTIFICATION,
                    EXTRACTION, SERVER);

    @ArchTest
    static final ArchRule commandStandsAlone = noClasses().that().resideInAPackage(COMMAND)
            .should().dependOnClassesThat().resideInAnyPackage(PROJECTION, NOTIFICATION, EXTRACTION, SERVER);

    @ArchTest
    static final ArchRule projectionStandsAlone = noClasses().that().resideInAPackage(PROJECTION)
            .should().dependOnClassesThat().resideInAnyPackage(COMMAND, NOTIFICATION, EXTRACTION, SERVER);

    @ArchTest
    static final ArchRule notificationStandsAlone = noClasses().that().resideInAPackage(NOTIFICATION)
            .should().dependOnClassesThat().resideInAnyPackage(COMMAND, PROJECTION, EXTRACTION, SERVER);

    @ArchTest
    static final ArchRule extractionStandsAlone = noClasses().that().resideInAPackage(EXTRACTION)
            .should().dependOnClassesThat().resideInAnyPackage(COMMAND, PROJECTION, NOTIFICATION, SERVER);

    /** The console reaches the roles through the REST API and the event store, never through their classes. */
    @ArchTest
    static final ArchRule consoleStandsAlone = noClasses().that().resideInAPackage(CONSOLE)
            .should().dependOnClassesThat().resideInAnyPackage(COMMAND, PROJECTION, NOTIFICATION, EXTRACTION, SERVER);

    /** The server assembles: it knows the modules' shared vocabulary (api, platform), not their insides. */
    @ArchTest
    static final ArchRule serverOnlyAssembles = noClasses().that().resideInAPackage(SERVER)
            .should().dependOnClassesThat().resideInAnyPackage(COMMAND, PROJECTION, NOTIFICATION, EXTRACTION);

    @ArchTest
    static final ArchRule serverHoldsNoDomain = noClasses().that().resideInAPackage(SERVER)
            .should().beAnnotatedWith(Aggregate.class)
            .orShould().beAnnotatedWith(ProcessingGroup.class)
            .orShould().beAnnotatedWith(RestController.class);

    /** SQL lives in repositories and projections, where it can be read as the table's one door. */
    @ArchTest
    static final ArchRule controllersHoldNoSql = noClasses().that().areAnnotatedWith(RestController.class)
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..",
                    "org.springframework.jdbc..");
}
