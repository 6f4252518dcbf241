package frontdoor.rules.engine;

import frontdoor.rules.Agency;
import java.util.Set;

/**
 * One distinct concern code on a referral, with its catalogue entry and every agency that raised it (a
 * code that appears twice counts once). Public only because the rules (escalations.drl) use it.
 */
public class CodedConcern {
    private final String code;
    private final String domain;
    private final int level;
    private final boolean immediate;
    private final Set<Agency> agencies;

    public CodedConcern(String code, String domain, int level, boolean immediate, Set<Agency> agencies) {
        this.code = code;
        this.domain = domain;
        this.level = level;
        this.immediate = immediate;
        this.agencies = agencies;
    }

    public String getCode() {
        return code;
    }

    public String getDomain() {
        return domain;
    }

    public int getLevel() {
        return level;
    }

    public boolean isImmediate() {
        return immediate;
    }

    public Set<Agency> getAgencies() {
        return agencies;
    }
}
