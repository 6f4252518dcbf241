package frontdoor.service.needtoknow;

import frontdoor.rules.Agency;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What restricted information added to a referral and no open source (the referral, an entry not marked
 * restricted) said: each concern (code and agency) only a restricted entry raised, the codes no open source
 * raised at all (with the agencies that raised them), and the history facts only a restricted entry gave.
 * A code the referrer also raised is not secret; only the restricted agency's part of it is.
 */
public record Withheld(Set<Concern> concerns, Map<String, Set<Agency>> codes, Map<String, Set<Agency>> history) {
    public static final Withheld NOTHING = new Withheld(Set.of(), Map.of(), Map.of());

    /** A concern as the evidence names it: a code and the agency that raised it. */
    public record Concern(String code, Agency agency) {
    }

    public boolean isEmpty() {
        return concerns.isEmpty() && history.isEmpty();
    }

    /** The agencies whose restricted information this withholds. */
    public Set<Agency> agencies() {
        Set<Agency> agencies = new TreeSet<>();
        concerns.forEach(c -> agencies.add(c.agency()));
        history.values().forEach(agencies::addAll);
        return agencies;
    }

    /** What is left to withhold from a reader cleared for {@code cleared}. */
    public Withheld except(Collection<Agency> cleared) {
        Set<Concern> left = new HashSet<>(concerns);
        left.removeIf(c -> cleared.contains(c.agency()));
        return new Withheld(left, without(codes, cleared), without(history, cleared));
    }

    private static Map<String, Set<Agency>> without(Map<String, Set<Agency>> by, Collection<Agency> cleared) {
        Map<String, Set<Agency>> left = new TreeMap<>();
        by.forEach((k, agencies) -> {
            Set<Agency> still = new TreeSet<>(agencies);
            still.removeAll(cleared);
            // shown to the reader by one agency, the code or fact is no longer a secret to them
            if (still.size() == agencies.size()) {
                left.put(k, still);
            }
        });
        return left;
    }

    /**
     * Collects what each source said, open or restricted, and answers what only restricted sources said.
     * Booleans and teams count as given; {@code contactsLast12Months} is restricted when a restricted source
     * gave a larger count than any open one.
     */
    public static final class Sources {
        private final Set<Concern> open = new HashSet<>();
        private final Set<Concern> restricted = new HashSet<>();
        private final Map<String, Set<String>> openFacts = new HashMap<>();
        private final Map<String, Map<String, Set<Agency>>> restrictedFacts = new HashMap<>();
        private int openContacts;
        private final Map<Integer, Set<Agency>> restrictedContacts = new HashMap<>();

        public void concern(String code, Agency agency, boolean isRestricted) {
            (isRestricted ? restricted : open).add(new Concern(code, agency));
        }

        /** A history fact given (a true flag, a team); facts at their default are not given. */
        public void fact(String field, String value, Agency agency, boolean isRestricted) {
            if (isRestricted) {
                restrictedFacts.computeIfAbsent(field, f -> new HashMap<>()).computeIfAbsent(value, v -> new TreeSet<>()).add(agency);
            } else {
                openFacts.computeIfAbsent(field, f -> new HashSet<>()).add(value);
            }
        }

        public void contacts(int count, Agency agency, boolean isRestricted) {
            if (isRestricted) {
                restrictedContacts.computeIfAbsent(count, c -> new TreeSet<>()).add(agency);
            } else {
                openContacts = Math.max(openContacts, count);
            }
        }

        public Withheld withheld() {
            Set<Concern> secret = new HashSet<>(restricted);
            secret.removeAll(open);
            Set<String> openCodes = new HashSet<>();
            open.forEach(c -> openCodes.add(c.code()));
            Map<String, Set<Agency>> codes = new TreeMap<>();
            secret.stream().filter(c -> !openCodes.contains(c.code()))
                    .forEach(c -> codes.computeIfAbsent(c.code(), k -> new TreeSet<>()).add(c.agency()));
            Map<String, Set<Agency>> history = new TreeMap<>();
            restrictedFacts.forEach((field, values) -> values.forEach((value, agencies) -> {
                if (!openFacts.getOrDefault(field, Set.of()).contains(value)) {
                    history.computeIfAbsent(field, f -> new TreeSet<>()).addAll(agencies);
                }
            }));
            restrictedContacts.forEach((count, agencies) -> {
                if (count > openContacts) {
                    history.computeIfAbsent("contactsLast12Months", f -> new TreeSet<>()).addAll(agencies);
                }
            });
            return new Withheld(Set.copyOf(secret), codes, history);
        }
    }
}
