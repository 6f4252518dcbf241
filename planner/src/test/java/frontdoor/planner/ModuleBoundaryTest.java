package frontdoor.planner;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The planner is plain Java: no Spring, no database, no web; the domain knows nothing of the API around it. */
class ModuleBoundaryTest {
    static final JavaClasses PLANNER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS).importPackages("frontdoor.planner");

    @Test
    void knowsNothingOfSpringOrTheDatabase() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                "java.sql..", "jakarta.servlet..", "frontdoor.service..").check(PLANNER);
    }

    @Test
    void theDomainAndTheConstraintsDoNotUseTheApi() {
        noClasses().that().resideInAnyPackage("frontdoor.planner.domain..", "frontdoor.planner.solver..")
                .should().dependOnClassesThat().resideInAPackage("frontdoor.planner").check(PLANNER);
    }
}
