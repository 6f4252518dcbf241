package frontdoor.service.referral;

import java.util.List;
import org.springframework.data.repository.CrudRepository;

public interface DecisionRepository extends CrudRepository<DecisionRecord, Long> {

    List<DecisionRecord> findByReferralOrderByVersion(long referral);
}
