package frontdoor.rules;

/** The RAG rating of a referral: how soon screening must be done. */
public enum RagRating { RED, AMBER, GREEN }
