package frontdoor.service;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import frontdoor.rules.StrictJson;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The module direction: the engines (rules/, planner/) know nothing of the web, the database or each other. */
class ArchitectureTest {
    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("frontdoor");

    @Test
    void rulesAndPlannerKnowNothingOfSpringOrTheDatabase() {
        noClasses().that().resideInAnyPackage("frontdoor.rules..", "frontdoor.planner..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..", "jakarta..", "frontdoor.service..")
                .check(CLASSES);
    }

    @Test
    void rulesKnowNothingOfThePlanner() {
        noClasses().that().resideInAPackage("frontdoor.rules..").should().dependOnClassesThat().resideInAPackage("frontdoor.planner..")
                .check(CLASSES);
    }

    /** The planner shares the rules module's input checks (JsonChecks, Problem), never its engines. */
    @Test
    void theEngineInternalsAreUsedOnlyThroughTheRulesApi() {
        noClasses().that().resideOutsideOfPackage("frontdoor.rules..")
                .should().dependOnClassesThat().resideInAPackage("frontdoor.rules.engine..")
                .check(CLASSES);
    }

    /** Jackson's reading methods: what turns JSON text into a tree or a value. */
    private static final DescribedPredicate<JavaMethodCall> READS_JSON_TEXT = new DescribedPredicate<>("read JSON text with Jackson") {
        @Override
        public boolean test(JavaMethodCall call) {
            JavaClass owner = call.getTargetOwner();
            return (owner.isAssignableTo(ObjectMapper.class) || owner.isAssignableTo(ObjectReader.class) || owner.isAssignableTo(JsonFactory.class))
                    && call.getName().matches("read.*|createParser|createNonBlockingByteArrayParser|reader.*|treeAsTokens");
        }
    };

    /** Every body, file and stored row is read by the one strict reader, so each refuses the same things. */
    @Test
    void jsonTextIsReadOnlyByTheStrictReader() {
        noClasses().that().doNotBelongToAnyOf(StrictJson.class).should().callMethodWhere(READS_JSON_TEXT)
                .because("StrictJson is the one reader of JSON text (duplicate keys, trailing content, limits)")
                .check(CLASSES);
    }

    /** Spring never binds a body to an object (its converter is lenient): controllers take the text and read it strictly. */
    @Test
    void controllersTakeBodiesAsText() {
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(RestController.class)
                .or().areDeclaredInClassesThat().areAnnotatedWith(Controller.class)
                .should(new ArchCondition<>("take any @RequestBody as a String") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        method.getParameters().stream()
                                .filter(p -> p.isAnnotatedWith(RequestBody.class) && !p.getRawType().isEquivalentTo(String.class))
                                .forEach(p -> events.add(SimpleConditionEvent.violated(method, method.getFullName() + " binds a body to " + p.getRawType().getName())));
                    }
                })
                .allowEmptyShould(true)
                .check(CLASSES);
    }
}
