// attendance(election): one row per ATTENDED relation from a person to a briefing or meeting, with
// the year of the Election the event is PART_OF and the relation's evidence; $election (or null)
// keeps one year's. The store sorts.
MATCH (p:Person)-[r:ATTENDED]->(event:Entity)
WHERE event:Briefing OR event:Meeting
WITH p, r, event, COLLECT {
       MATCH (event)-[:PART_OF]->(e:Election)
       WHERE e.year IS NOT NULL
       RETURN e.year AS year ORDER BY year LIMIT 1
     } AS years
WITH p, r, event, years[0] AS election
WHERE $election IS NULL OR election = $election
RETURN properties(p) AS person, properties(event) AS event, election, properties(r) AS evidence
