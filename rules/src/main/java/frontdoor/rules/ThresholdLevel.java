package frontdoor.rules;

/** The four threshold levels of the continuum of need, with the names docs/contract.md fixes. */
public enum ThresholdLevel {
    UNIVERSAL, EARLY_HELP, CHILD_IN_NEED, CHILD_PROTECTION;

    /** The level's number, 1 to 4. */
    public int number() {
        return ordinal() + 1;
    }

    public static ThresholdLevel of(int number) {
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("a threshold level is 1 to 4, not " + number);
        }
        return values()[number - 1];
    }
}
