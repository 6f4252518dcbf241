-- The daily allocation plan (ALLOCATION.md). Portable SQL: runs on H2 2.x and PostgreSQL 14+.

-- Today's team: one row per staff member, the plan input's staff JSON ({id, agency, skills, windows}).
CREATE TABLE roster_staff (
    staff_id   VARCHAR(64)  NOT NULL PRIMARY KEY,
    body       VARCHAR      NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by VARCHAR(100) NOT NULL
);

-- A plan and its latest best version. revision counts re-plans; a solver writes only its own revision.
CREATE TABLE allocation_plan (
    id         VARCHAR(36)  NOT NULL PRIMARY KEY,
    status     VARCHAR(16)  NOT NULL,  -- SOLVING, DONE, STOPPED, INTERRUPTED, FAILED
    revision   INT          NOT NULL,
    input      VARCHAR      NOT NULL,  -- the plan input JSON (ALLOCATION.md, version 1) being solved
    plan       VARCHAR,                -- the best plan JSON so far, null until there is one
    score      VARCHAR(100),
    last_change VARCHAR(200),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX allocation_plan_status ON allocation_plan (status);
