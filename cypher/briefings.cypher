// briefings(election): every briefing with the year of the Election it is PART_OF (the earliest,
// should there be several), the actors that ORGANIZED it and the people who ATTENDED it, each with
// the evidence of that relation. $election (or null) keeps one year's. $document (or null) keeps the
// briefings that document cites (the briefing, or one of its ORGANIZED or ATTENDED relations), with
// the attendees whose ATTENDED relation it cites. The store sorts.
MATCH (b:Briefing)
WHERE $document IS NULL
   OR $document IN b.evidenceDocuments
   OR EXISTS { MATCH (:Entity)-[r:ORGANIZED|ATTENDED]->(b) WHERE $document IN r.evidenceDocuments }
WITH b, COLLECT {
       MATCH (b)-[:PART_OF]->(e:Election)
       WHERE e.year IS NOT NULL
       RETURN e.year AS year ORDER BY year LIMIT 1
     } AS years
WITH b, years[0] AS election
WHERE $election IS NULL OR election = $election
RETURN properties(b) AS briefing,
       election,
       COLLECT {
         MATCH (o:Entity)-[r:ORGANIZED]->(b)
         RETURN {node: properties(o), evidence: properties(r)}
       } AS organizers,
       COLLECT {
         MATCH (p:Person)-[r:ATTENDED]->(b)
         WHERE $document IS NULL OR $document IN r.evidenceDocuments
         RETURN {node: properties(p), evidence: properties(r)}
       } AS attendees
