package frontdoor.service.gathering;

import frontdoor.rules.ReferralReader;
import frontdoor.service.needtoknow.Restrictions;
import frontdoor.service.needtoknow.Withheld;
import frontdoor.service.policy.PolicyHolder;
import org.springframework.stereotype.Component;

/**
 * What a referral's restricted entries said that no open source did, over every entry ever recorded
 * (superseded ones too: an earlier revision still holds what they said), read as the evaluation reads them.
 */
@Component
class RestrictedEntries implements Restrictions {
    private final Gathered gathered;
    private final PolicyHolder policy;

    RestrictedEntries(Gathered gathered, PolicyHolder policy) {
        this.gathered = gathered;
        this.policy = policy;
    }

    @Override
    public Withheld of(long referral, String body) {
        ReferralReader reader = new ReferralReader(code -> true, policy.current().zone()); // codes as they were accepted
        return WhatIsEvaluated.of(reader.read(body), gathered.of(referral), reader, 0).withheld();
    }
}
