package frontdoor.rules.engine;

import frontdoor.rules.CompileCache;
import frontdoor.rules.PolicyException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.drools.compiler.compiler.io.memory.MemoryFileSystem;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.compiler.kie.builder.impl.KieBuilderImpl;
import org.drools.compiler.kie.builder.impl.MemoryKieModule;
import org.drools.modelcompiler.CanonicalKieModule;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.builder.model.KieModuleModel;
import org.kie.api.io.Resource;
import org.kie.dmn.api.core.DMNMessage;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNRuntime;
import org.kie.dmn.core.compiler.RuntimeTypeCheckOption;
import org.kie.dmn.core.internal.utils.DMNRuntimeBuilder;
import org.kie.dmn.validation.DMNValidator;
import org.kie.dmn.validation.DMNValidatorFactory;
import org.drools.model.codegen.ExecutableModelProject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compiles a bundle's models at run time: the DMN files through the KIE DMN runtime (validated first,
 * type check on) and the DRL through the KIE builder with the executable model. Nothing here is compiled
 * into the jar, so a new bundle needs no rebuild.
 */
final class Models {
    private static final Logger LOG = LoggerFactory.getLogger(Models.class);

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

    /**
     * Validates the DMN files (schema, model, compilation: the validator builds its own rule base, a second or
     * more of CPU) unless {@code cache} holds a record that these very files validated before; every error is
     * a problem. Only a validation without errors is recorded.
     */
    static void validate(Map<String, String> files, String version, CompileCache cache) {
        String[] sources = new TreeMap<>(files).entrySet().stream()
                .flatMap(f -> Stream.of(f.getKey(), f.getValue())).toArray(String[]::new);
        String key = Kept.key("dmn-validated", sources);
        String entry = version + ".validated";
        if (Kept.read(cache, entry, key).isPresent()) {
            return;
        }
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
        Kept.write(cache, entry, key, new byte[0]);
    }

    /** Loads the DMN files ({@link #validate validated} first); every error is a problem. */
    static DMNRuntime dmn(Map<String, String> files) {
        List<String> problems = new ArrayList<>();
        List<Resource> resources = new ArrayList<>();
        for (var file : files.entrySet()) {
            Resource r = KieServices.get().getResources().newReaderResource(new StringReader(readable(file.getValue())), "UTF-8");
            r.setSourcePath(file.getKey());
            resources.add(r);
        }
        DMNRuntime runtime = DMNRuntimeBuilder.fromDefaults()
                .setOption(new RuntimeTypeCheckOption(false)) // Contract checks what is read
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

    /**
     * Builds the DRL with the executable model; {@code version} keeps each bundle's module apart. The module
     * (its generated and compiled classes, as a kjar) is kept in {@code cache} and loaded from there when the
     * same DRL was compiled before by the same Drools; on any problem loading it, it is compiled again.
     */
    static KieBase rules(String fileName, String drl, String version, CompileCache cache) {
        KieServices ks = KieServices.get();
        ReleaseId id = ks.newReleaseId("frontdoor.policy", "escalations", "1.0.0-" + version);
        String key = Kept.key("kjar", id.toExternalForm(), fileName, drl);
        String entry = version + ".kjar";
        Optional<KieBase> kept = Kept.read(cache, entry, key).flatMap(bytes -> loaded(ks, id, bytes));
        if (kept.isPresent()) {
            LOG.info("Escalation rules of {} loaded from the compile cache", version);
            return kept.get();
        }
        KieFileSystem kfs = ks.newKieFileSystem().generateAndWritePomXML(id)
                .write("src/main/resources/frontdoor/policy/" + fileName, drl);
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        var results = builder.getResults();
        if (results.hasMessages(Message.Level.ERROR)) {
            throw new PolicyException(results.getMessages(Message.Level.ERROR).stream()
                    .map(m -> fileName + ": line " + m.getLine() + ": " + m.getText()).toList());
        }
        KieBase base = ks.newKieContainer(id).getKieBase();
        Kept.write(cache, entry, key, ((InternalKieModule) builder.getKieModule()).getBytes());
        ks.getRepository().removeKieModule(id);
        LOG.info("Escalation rules of {} compiled", version);
        return base;
    }

    /** The rule base of a kept module, or empty when it does not load. */
    private static Optional<KieBase> loaded(KieServices ks, ReleaseId id, byte[] kjar) {
        try {
            // As the builder makes it: an executable-model module over the kjar's files, the default kbase (no kmodule.xml).
            KieModuleModel model = ks.newKieModuleModel();
            KieBuilderImpl.setDefaultsforEmptyKieModule(model);
            ks.getRepository().addKieModule(new CanonicalKieModule(new MemoryKieModule(id, model, MemoryFileSystem.readFromJar(kjar))));
            return Optional.of(ks.newKieContainer(id).getKieBase());
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("The kept escalation rules of {} did not load ({}); compiling them again", id.getVersion(), e.getClass().getSimpleName());
            return Optional.empty();
        } finally {
            ks.getRepository().removeKieModule(id);
        }
    }
}
