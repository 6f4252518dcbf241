package frontdoor.rules;

import java.util.List;

/** A policy bundle that cannot be loaded or compiled; names every problem found. */
public class PolicyException extends RuntimeException {
    private final List<String> problems;

    public PolicyException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
