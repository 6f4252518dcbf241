package frontdoor.service;

import java.net.URL;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The jar's entry point: {@code recommend}, {@code cases}, {@code plan}, {@code impact} and {@code help} run on
 * the command line without starting the web server; anything else starts the service.
 */
@SpringBootApplication
public class FrontdoorApplication {
    /** Spring's switch for the beans the build prepared (its AOT processing). */
    static final String PREPARED_BEANS = "spring.aot.enabled";
    /** Set by Spring while the build prepares them. */
    static final String PREPARING_BEANS = "spring.aot.processing";

    public static void main(String[] args) {
        if (CommandLine.handles(args)) {
            if (args[0].equals("recommend")) {
                QuickRun.noOptimisingCompiler(); // this process only: a few referrals, then exit
            }
            System.exit(CommandLine.run(args, System.out, System.err));
        }
        SpringApplication app = new SpringApplication(FrontdoorApplication.class);
        if (Boolean.getBoolean(PREPARING_BEANS)) {
            app.run(args); // the build reads the bean definitions: no policy to compile
            return;
        }
        usePreparedBeans();
        app.addListeners(frontdoor.service.policy.EarlyCompile.onStart());
        app.run(args);
    }

    /**
     * The service starts from the bean definitions the build prepared (Spring's AOT processing: no configuration class is
     * parsed at start-up, about 1.7 s sooner on two cores) when it runs from the jar the build made with them, unless
     * {@code -Dspring.aot.enabled=false} says otherwise. From a folder of classes (a test, an IDE) they may be older than
     * the code beside them, so they are not used there. What they fix at build time: docs/operations.md, "Running".
     */
    static void usePreparedBeans() {
        URL prepared = FrontdoorApplication.class.getResource("FrontdoorApplication__ApplicationContextInitializer.class");
        if (System.getProperty(PREPARED_BEANS) == null && prepared != null && prepared.getProtocol().equals("jar")) {
            System.setProperty(PREPARED_BEANS, "true");
        }
    }
}
