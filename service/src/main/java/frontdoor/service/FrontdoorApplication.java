package frontdoor.service;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The jar's entry point: {@code recommend}, {@code cases}, {@code plan}, {@code impact} and {@code help} run on
 * the command line without starting the web server; anything else starts the service.
 */
@SpringBootApplication
public class FrontdoorApplication {

    public static void main(String[] args) {
        if (CommandLine.handles(args)) {
            if (args[0].equals("recommend")) {
                QuickRun.noOptimisingCompiler(); // this process only: a few referrals, then exit
            }
            System.exit(CommandLine.run(args, System.out, System.err));
        }
        SpringApplication app = new SpringApplication(FrontdoorApplication.class);
        app.addListeners(frontdoor.service.policy.EarlyCompile.onStart());
        app.run(args);
    }
}
