package frontdoor.rules;

/** One broken field of an input: its JSON path (for example {@code $.concerns[2].code}) and why. */
public record Problem(String path, String reason) {
}
