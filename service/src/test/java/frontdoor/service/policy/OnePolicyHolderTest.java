package frontdoor.service.policy;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import frontdoor.planner.Planner;
import frontdoor.planner.TaskRecipes;
import frontdoor.planner.Weights;
import frontdoor.planner.domain.AllocationWeights;
import frontdoor.rules.IndicatorCatalogue;
import frontdoor.rules.PolicyBundle;
import frontdoor.rules.PolicyDescriptor;
import frontdoor.rules.Recommender;
import org.junit.jupiter.api.Test;

/**
 * The switch stays whole: only {@link PolicyHolder} keeps a compiled policy, so nothing in the service can
 * go on using a piece of an older version after a publish (as DecisionService and AllocationConfiguration
 * once did with their own copies).
 */
class OnePolicyHolderTest {
    static final JavaClasses SERVICE = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("frontdoor.service");

    @Test
    void noServiceClassOutsideThePolicyPackageKeepsAPieceOfPolicy() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields()
                .that().areDeclaredInClassesThat().resideOutsideOfPackage("frontdoor.service.policy..")
                .should().haveRawType(Recommender.class).orShould().haveRawType(Planner.class)
                .orShould().haveRawType(TaskRecipes.class).orShould().haveRawType(AllocationWeights.class)
                .orShould().haveRawType(PolicyDescriptor.class).orShould().haveRawType(IndicatorCatalogue.class)
                .orShould().haveRawType(PolicyInForce.class)
                .because("a field would keep a piece of one version after another is published; take PolicyHolder.current() per use")
                .check(SERVICE);
    }

    @Test
    void onlyThePolicyPackageAndTheCommandLineCompileAPolicy() {
        noClasses().that().resideOutsideOfPackage("frontdoor.service.policy..")
                .and().doNotHaveSimpleName("CommandLine").and().doNotHaveSimpleName("PlanCommand")
                .should().callMethod(Recommender.class, "compile", PolicyBundle.class)
                .orShould().callMethod(PolicyBundle.class, "shipped")
                .orShould().callMethod(TaskRecipes.class, "shipped")
                .orShould().callMethod(Weights.class, "shipped")
                .orShould().callMethod(Planner.class, "withShippedWeights")
                .orShould().callConstructor(Planner.class, AllocationWeights.class)
                .check(SERVICE);
    }
}
