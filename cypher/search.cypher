// search(text, kinds, document, limit, withRelations): entities ($document: with evidence from it) one of whose names (name or alias) contains
// $text, with their best rank over those names: 0 exact, 1 prefix, 2 word prefix (an occurrence
// not preceded by a letter or digit), 3 substring — as server/src/store/text.ts ranks.
// $text arrives normalised (seed/src/normalise.ts) and is compared with `searchText`, the node's
// names normalised by the same function at seed time, one per line.
//
// Ties within a rank are broken by name with an ICU collator, which Cypher cannot reproduce, so
// this returns every match up to and including the whole rank group the $limit-th match falls in,
// and the store sorts by name and cuts at $limit. Relations come only for those rows.
MATCH (n:Entity)
WHERE n.searchText CONTAINS $text AND ($kinds IS NULL OR n.kind IN $kinds)
  AND ($document IS NULL OR $document IN n.evidenceDocuments)
WITH n, reduce(best = 3, label IN split(n.searchText, '\n') |
       CASE
         WHEN label = $text THEN 0
         WHEN best <= 1 THEN best
         WHEN label STARTS WITH $text THEN 1
         WHEN best <= 2 THEN best
         WHEN any(i IN range(1, size(label) - size($text))
                  WHERE substring(label, i, size($text)) = $text
                    AND NOT substring(label, i - 1, 1) =~ '[\\p{L}\\p{N}]') THEN 2
         ELSE best
       END) AS rank
ORDER BY rank
WITH collect({node: n, rank: rank}) AS matches
WITH matches, matches[$limit - 1].rank AS cutoff
UNWIND matches AS match
WITH match.node AS n, match.rank AS rank
WHERE cutoff IS NULL OR rank <= cutoff
RETURN properties(n) AS node,
       rank,
       COLLECT {
         MATCH (n)-[r]-(m:Entity)
         WHERE $withRelations
         RETURN {
           edge: {type: type(r), source: startNode(r).id, target: endNode(r).id, props: properties(r)},
           direction: CASE WHEN startNode(r) = n THEN 'OUT' ELSE 'IN' END,
           node: properties(m)
         }
       } AS relations
