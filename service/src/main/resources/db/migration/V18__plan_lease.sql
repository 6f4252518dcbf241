-- Several instances on one database: a plan is solved by the one instance holding its lease, renewed while
-- it solves; another instance asks it to stop through stop_requested. A lease not renewed has expired: the
-- instance died, and the plan is INTERRUPTED, to be resumed by a change from any instance.
ALTER TABLE allocation_plan ADD COLUMN lease_holder VARCHAR(100);
ALTER TABLE allocation_plan ADD COLUMN lease_until TIMESTAMP WITH TIME ZONE;
ALTER TABLE allocation_plan ADD COLUMN stop_requested BOOLEAN DEFAULT FALSE NOT NULL;
