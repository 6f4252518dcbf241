package frontdoor.service.referral;

import org.springframework.ui.Model;

/**
 * A part of the referral page that another feature fills (the gathering: checks, revisions, what would
 * change it), so this package needs to know nothing of it. Each adds to the model what its template
 * fragment shows, read through its own service methods with the signed-in user.
 */
public interface ReferralPageSection {
    void fill(Model model, ReferralView view, String actor);
}
