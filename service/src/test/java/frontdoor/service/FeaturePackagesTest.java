package frontdoor.service;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The service's feature packages depend on each other in one direction only. */
@AnalyzeClasses(packages = "frontdoor.service", importOptions = ImportOption.DoNotIncludeTests.class)
class FeaturePackagesTest {

    @ArchTest
    static final ArchRule featuresAreFreeOfCycles = slices().matching("frontdoor.service.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule theAuditTrailKnowsNoFeature = noClasses().that().resideInAPackage("frontdoor.service.audit..")
            .should().dependOnClassesThat().resideInAnyPackage("frontdoor.service.referral..", "frontdoor.service.decision..",
                    "frontdoor.service.security..");

    @ArchTest
    static final ArchRule referralsKnowNothingOfDecisionMaking = noClasses().that().resideInAPackage("frontdoor.service.referral..")
            .should().dependOnClassesThat().resideInAPackage("frontdoor.service.decision..");
}
