SHOW INDEXES YIELD name, owningConstraint
RETURN collect(name) + collect(owningConstraint) AS names
