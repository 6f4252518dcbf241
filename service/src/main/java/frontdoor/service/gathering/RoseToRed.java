package frontdoor.service.gathering;

/**
 * Published after a revision that raised a referral to RED has committed: a RED referral is a live change
 * to today's standing plan, at once (the allocation feature listens; gathering knows nothing of plans).
 */
public record RoseToRed(String referralId) {
}
