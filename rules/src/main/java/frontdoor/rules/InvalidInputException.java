package frontdoor.rules;

import java.util.List;
import java.util.stream.Collectors;

/** Input refused as a whole; carries every problem found, never the values themselves. */
public class InvalidInputException extends RuntimeException {
    private final List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super(problems.stream().map(p -> p.path() + ": " + p.reason()).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
