package frontdoor.service;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.management.ObjectName;

/**
 * A command that evaluates a few referrals and exits gains nothing from the JVM's optimising compiler (C2),
 * which would spend about as much CPU as the command itself compiling code that is then hardly run. This asks
 * the running JVM, through its diagnostic command {@code Compiler.directives_add} (what {@code jcmd} sends),
 * to leave every method to the quick compiler (C1), much as {@code -XX:TieredStopAtLevel=1} would on the
 * command line. Only a speed-up: if the JVM does not offer it, nothing changes.
 */
final class QuickRun {
    private static final String NO_C2 = "[{match: \"*.*\", c2: {Exclude: true}}]";

    private QuickRun() {
    }

    static void noOptimisingCompiler() {
        try {
            Path directives = Files.createTempFile("frontdoor-c1-only", ".json");
            try {
                Files.writeString(directives, NO_C2);
                ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"),
                        "compilerDirectivesAdd", new Object[] {new String[] {directives.toString()}}, new String[] {String[].class.getName()});
            } finally {
                Files.deleteIfExists(directives);
            }
        } catch (Exception | LinkageError e) {
            // Not offered here: the command runs as it would anyway.
        }
    }
}
