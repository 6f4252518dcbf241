package frontdoor.service.security;

/** Who may do what: see {@link SecurityConfiguration} for the rules and docs/operations.md for the table. */
public enum Role {
    WORKER, PRACTICE_LEAD, MANAGER, AUDITOR
}
