OPTIONAL MATCH (s:SeedInfo {id: 'seed'})
RETURN s.fingerprint AS fingerprint, s.format AS format
