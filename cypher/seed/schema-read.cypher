// The names of the indexes and constraints the database has, so applying cypher/schema.cypher
// can skip the statements whose index or constraint already exists (what IF NOT EXISTS would do).
SHOW INDEXES YIELD name, owningConstraint
RETURN collect(name) + collect(owningConstraint) AS names
