// What the database was loaded from: the fingerprint of the canonical graph and the load format,
// so start-up can tell a current graph from a stale one.
MERGE (s:SeedInfo {id: 'seed'})
SET s.fingerprint = $fingerprint, s.format = $format
