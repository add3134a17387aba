MATCH (i:Incident)
WHERE $document IS NULL OR $document IN i.evidenceDocuments
RETURN properties(i) AS incident,
       COLLECT {
         MATCH (i)-[r:REPORTED_TO]->(a:Entity)
         RETURN {node: properties(a), evidence: properties(r)}
       } AS reportedTo,
       COUNT { (i)-[:RESPONDED_WITH]->(:Entity) } AS responseCount
