package frontdoor.service.referral;

import frontdoor.rules.RagRating;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

public interface ReferralRepository extends CrudRepository<ReferralRecord, Long> {

    Optional<ReferralRecord> findByReferralId(String referralId);

    /** Moves a referral to DECIDED with the decided level, RAG, pathway and the due time that RAG gives. */
    @Modifying
    @Query("UPDATE referral SET status = 'DECIDED', threshold_level = :level, rag = :rag, pathway = :pathway, due_by = :dueBy WHERE id = :id")
    void decided(long id, int level, RagRating rag, String pathway, Instant dueBy);

    /** Locks the referral's row until commit: a decision and a re-evaluation of one referral never interleave. */
    @Query("SELECT id FROM referral WHERE id = :id FOR UPDATE")
    Long lock(long id);

    /** A manager's amendment is the review a differing revision asked for. */
    @Modifying
    @Query("UPDATE referral SET needs_review = FALSE WHERE id = :id")
    void reviewed(long id);
}
