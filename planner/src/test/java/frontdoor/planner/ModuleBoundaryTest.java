package frontdoor.planner;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The domain and the constraints know nothing of the API around them. (That the planner knows nothing of
 * Spring, the web or the database is checked across modules by the service's ArchitectureTest.)
 */
class ModuleBoundaryTest {
    static final JavaClasses PLANNER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS).importPackages("frontdoor.planner");

    @Test
    void theDomainAndTheConstraintsDoNotUseTheApi() {
        noClasses().that().resideInAnyPackage("frontdoor.planner.domain..", "frontdoor.planner.solver..")
                .should().dependOnClassesThat().resideInAPackage("frontdoor.planner").check(PLANNER);
    }
}
