package frontdoor.rules.engine;

import frontdoor.rules.PolicyException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.io.Resource;
import org.kie.dmn.api.core.DMNMessage;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNRuntime;
import org.kie.dmn.core.compiler.RuntimeTypeCheckOption;
import org.kie.dmn.core.internal.utils.DMNRuntimeBuilder;
import org.kie.dmn.validation.DMNValidator;
import org.kie.dmn.validation.DMNValidatorFactory;
import org.drools.model.codegen.ExecutableModelProject;

/**
 * Compiles a bundle's models at run time: the DMN files through the KIE DMN runtime (validated first,
 * type check on) and the DRL through the KIE builder with the executable model. Nothing here is compiled
 * into the jar, so a new bundle needs no rebuild.
 */
final class Models {
    private Models() {
    }

    /** The common part of the DMN 1.6 namespaces (MODEL/, FEEL/, DMNDI/), which the KIE DMN editor writes. */
    static final String DMN_16 = "https://www.omg.org/spec/DMN/20240513/";
    /** The same for DMN 1.5, the newest version the KIE DMN runtime 10.1.0 reads. */
    static final String DMN_15 = "https://www.omg.org/spec/DMN/20230324/";

    /**
     * A model as the runtime reads it: one the KIE DMN editor saved as DMN 1.6 is read as DMN 1.5. Every
     * construct of the models is in both; a 1.6-only one fails validation like any other error.
     */
    static String readable(String xml) {
        return xml.replace(DMN_16, DMN_15);
    }

    /** Validates (schema, model, compilation) and loads the DMN files; every error is a problem. */
    static DMNRuntime dmn(Map<String, String> files) {
        List<String> problems = new ArrayList<>();
        DMNValidator validator = DMNValidatorFactory.newValidator();
        try {
            for (var file : files.entrySet()) {
                for (DMNMessage m : validator.validateUsing(DMNValidator.Validation.VALIDATE_SCHEMA,
                        DMNValidator.Validation.VALIDATE_MODEL, DMNValidator.Validation.VALIDATE_COMPILATION)
                        .theseModels(new StringReader(readable(file.getValue())))) {
                    if (m.getLevel() == org.kie.api.builder.Message.Level.ERROR) {
                        problems.add(file.getKey() + ": " + m.getText());
                    }
                }
            }
        } finally {
            validator.dispose();
        }
        if (!problems.isEmpty()) {
            throw new PolicyException(problems);
        }
        List<Resource> resources = new ArrayList<>();
        for (var file : files.entrySet()) {
            Resource r = KieServices.get().getResources().newReaderResource(new StringReader(readable(file.getValue())), "UTF-8");
            r.setSourcePath(file.getKey());
            resources.add(r);
        }
        DMNRuntime runtime = DMNRuntimeBuilder.fromDefaults()
                .setOption(new RuntimeTypeCheckOption(true))
                .buildConfiguration()
                .fromResources(resources)
                .getOrElseThrow(e -> new PolicyException(List.of("DMN: " + e.getMessage())));
        for (DMNModel model : runtime.getModels()) {
            model.getMessages(DMNMessage.Severity.ERROR).forEach(m -> problems.add(model.getName() + ": " + m.getText()));
        }
        if (!problems.isEmpty()) {
            throw new PolicyException(problems);
        }
        runtime.addListener(DecisionTrace.TABLES);
        return runtime;
    }

    static DMNModel model(DMNRuntime runtime, String name) {
        return runtime.getModels().stream().filter(m -> m.getName().equals(name)).findFirst()
                .orElseThrow(() -> new PolicyException(List.of("the bundle has no DMN model named " + name)));
    }

    /** Builds the DRL with the executable model; {@code version} keeps each bundle's module apart. */
    static KieBase rules(String fileName, String drl, String version) {
        KieServices ks = KieServices.get();
        ReleaseId id = ks.newReleaseId("frontdoor.policy", "escalations", "1.0.0-" + version);
        KieFileSystem kfs = ks.newKieFileSystem().generateAndWritePomXML(id)
                .write("src/main/resources/frontdoor/policy/" + fileName, drl);
        var results = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class).getResults();
        if (results.hasMessages(Message.Level.ERROR)) {
            throw new PolicyException(results.getMessages(Message.Level.ERROR).stream()
                    .map(m -> fileName + ": line " + m.getLine() + ": " + m.getText()).toList());
        }
        KieBase base = ks.newKieContainer(id).getKieBase();
        ks.getRepository().removeKieModule(id);
        return base;
    }
}
