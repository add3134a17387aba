MATCH (n:Entity)
WHERE n.kind IN $kinds AND n.date IS NOT NULL
  AND ($election IS NULL OR $election IN n.elections)
  AND ($document IS NULL OR $document IN n.evidenceDocuments)
RETURN [n.id, n.kind, n.name, n.date, size(n.evidenceQuotes),
        n.evidenceDocuments[..$evidence], n.evidenceParagraphs[..$evidence], n.evidenceQuotes[..$evidence],
        CASE WHEN $brief THEN null
          ELSE n {.*, evidenceDocuments: null, evidenceParagraphs: null, evidenceQuotes: null, searchText: null, positionX: null, positionY: null} END,
        n.positionX, n.positionY] AS node
