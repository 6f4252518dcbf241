-- Failed sign-ins, counted for all instances together (frontdoor.service.security.SignInGuard): one row per
-- user name (as typed, at most 200 characters) and address with failures lately. recent holds the times of
-- the failures counting towards a first lockout (ISO-8601, comma-separated); failures is the count of the
-- run, lockouts the delays it has earned, locked_until the end of the latest (none yet: NULL). A success
-- deletes the row; a row quiet for the window is deleted by any instance.
CREATE TABLE sign_in_failure (
    user_name    VARCHAR(200) NOT NULL,
    address      VARCHAR(64)  NOT NULL,
    recent       VARCHAR      NOT NULL,
    failures     INT          NOT NULL,
    lockouts     INT          NOT NULL,
    locked_until TIMESTAMP WITH TIME ZONE,
    last_failure TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT sign_in_failure_key PRIMARY KEY (user_name, address)
);
CREATE INDEX sign_in_failure_last ON sign_in_failure (last_failure);
