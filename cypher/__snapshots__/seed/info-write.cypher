MERGE (s:SeedInfo {id: 'seed'})
SET s.fingerprint = $fingerprint, s.format = $format
