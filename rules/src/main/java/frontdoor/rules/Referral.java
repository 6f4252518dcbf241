package frontdoor.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A referral (a contact to the front door) about one child, as docs/contract.md defines it. Built only by
 * {@link ReferralReader}, which refuses anything the contract does not allow.
 */
public record Referral(String referralId, Instant receivedAt, Source source, Child child, Consent consent,
                       List<Concern> concerns, History history) {

    public record Source(Agency agency, SourceMethod method) {
    }

    /** The child; {@code dateOfBirth} is null when unknown or unborn. */
    public record Child(String childId, String familyId, LocalDate dateOfBirth, boolean unborn, boolean disabled,
                        boolean inArea) {
    }

    /** A coded concern; the note is free text that never reaches a log. */
    public record Concern(String code, Agency agency, String note) {
        @Override
        public String toString() {
            return "Concern[" + code + " from " + agency + "]";
        }
    }

    public record History(boolean openCase, String allocatedTeam, int contactsLast12Months,
                          boolean previousChildProtectionPlan, boolean earlyHelpOpen) {
        public static final History NONE = new History(false, null, 0, false, false);
    }

    @Override
    public String toString() {
        return "Referral[" + referralId + "]";
    }
}
