-- Policy versions in the running service (docs/policy.md). Portable SQL: runs on H2 2.x and PostgreSQL 14+.

-- A version: an immutable set of files, named by its version string (bundle name and content hash).
-- state: PUBLISHED (the one in force, see policy_in_force) or RETIRED (in force before, may come back).
CREATE TABLE policy_version (
    id                 VARCHAR(100) NOT NULL PRIMARY KEY,
    state              VARCHAR(16)  NOT NULL,
    created_by         VARCHAR(100) NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    based_on           VARCHAR(100),
    note               VARCHAR(2000) NOT NULL,
    draft_id           VARCHAR(36),
    approved_by        VARCHAR(100),
    approval_reference VARCHAR(200),
    four_eyes          BOOLEAN      NOT NULL
);

-- The files of a version; never updated.
CREATE TABLE policy_version_file (
    version_id VARCHAR(100) NOT NULL REFERENCES policy_version (id),
    name       VARCHAR(100) NOT NULL,
    body       VARCHAR      NOT NULL,
    PRIMARY KEY (version_id, name)
);

-- The one version in force: a single row, so there is exactly one. Every instance follows it.
CREATE TABLE policy_in_force (
    id         INT          NOT NULL PRIMARY KEY,
    version_id VARCHAR(100) NOT NULL REFERENCES policy_version (id),
    since      TIMESTAMP WITH TIME ZONE NOT NULL
);

-- A draft: DRAFT while edited, APPROVED for the revision approved (a later save voids the approval),
-- PUBLISHED once it became a version. revision counts saves.
CREATE TABLE policy_draft (
    draft_id           VARCHAR(36)  NOT NULL PRIMARY KEY,
    state              VARCHAR(16)  NOT NULL,
    revision           INT          NOT NULL,
    created_by         VARCHAR(100) NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    based_on           VARCHAR(100) NOT NULL REFERENCES policy_version (id),
    note               VARCHAR(2000) NOT NULL,
    approved_by        VARCHAR(100),
    approved_revision  INT,
    approval_reference VARCHAR(200),
    approval_note      VARCHAR(2000),
    version_id         VARCHAR(100)
);

-- Every save of a draft's file is a new row, kept; a file's text is its row of the highest revision.
CREATE TABLE policy_draft_file (
    draft_id VARCHAR(36)  NOT NULL REFERENCES policy_draft (draft_id),
    name     VARCHAR(100) NOT NULL,
    revision INT          NOT NULL,
    body     VARCHAR      NOT NULL,
    saved_by VARCHAR(100) NOT NULL,
    saved_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (draft_id, name, revision)
);
