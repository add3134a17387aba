// Ready-to-paste queries for Neo4j Browser, answering the questions users ask of the graph.
// Each is tested against a real Neo4j (seed/src/examples.test.ts). Every answer carries its
// evidence: paragraph numbers and the exact quotes of the interview summary.

// @name attendance
// Who attended which SITE briefings, for which election?
MATCH (p:Person)-[a:ATTENDED]->(b:Briefing)-[:PART_OF]->(e:Election)
RETURN e.year AS election, b.name AS briefing, p.name AS person,
       a.evidenceParagraphs AS paragraphs, a.evidenceQuotes AS quotes
ORDER BY election, person;

// @name breach-trace
// What happened after the social media account breach, step by step, and where does it end?
MATCH (i:Incident {id: 'account-breach-2021'})-[s:RESPONDED_WITH]->(r:Response)
OPTIONAL MATCH (actor:Entity)-[:PERFORMED]->(r)
OPTIONAL MATCH (r)-[:REPORTED_TO]->(to:Entity)
RETURN s.order AS step, r.name AS response, collect(DISTINCT actor.name) AS by,
       collect(DISTINCT to.name) AS reportedTo, coalesce(r.negative, false) AS chainEnds,
       s.evidenceParagraphs AS paragraphs, s.evidenceQuotes AS quotes
ORDER BY step, response;

// @name recommendations
// What did Azam Ishmael recommend, and whom does each recommendation ask to act?
MATCH (:Person {id: 'azam-ishmael'})-[:RECOMMENDED]->(r:Recommendation)-[:ADDRESSED_TO]->(a:Entity)
RETURN r.name AS recommendation, collect(a.name) AS addressedTo,
       r.evidenceParagraphs[0] AS paragraph, r.evidenceQuotes[0] AS quote
ORDER BY paragraph;

// @name don-valley-north
// Everything the summary says about Don Valley North: the paragraphs that name it…
MATCH (p:Paragraph)-[:MENTIONS]->(:Place {id: 'don-valley-north'})
RETURN p.number AS paragraph, p.text AS text
ORDER BY paragraph;

// @name don-valley-north-claims
// …and the claims about what happened there, with who made them.
MATCH (:Place {id: 'don-valley-north'})<-[:LOCATED_IN]-(event:Entity)
MATCH (c:Claim)-[:ABOUT]->(target:Entity)
WHERE target = event OR (target)-[:LOCATED_IN]->(:Place {id: 'don-valley-north'})
MATCH (who:Entity)-[:ASSERTED]->(c)
RETURN DISTINCT c.name AS claim, who.name AS by, target.name AS about,
       c.evidenceParagraphs AS paragraphs, c.evidenceQuotes AS quotes
ORDER BY paragraphs[0], claim;

// @name negative-facts
// Facts that something did not happen (no complaints, no further steps, no appeal).
MATCH (n:Entity {negative: true})
RETURN n.kind AS kind, n.name AS fact, n.evidenceParagraphs AS paragraphs
ORDER BY paragraphs[0], fact;

// @name connection
// How is Mathieu Lafrance connected to the Canadian Centre for Cyber Security?
MATCH p = shortestPath((:Person {id: 'mathieu-lafrance'})-[*..6]-(:Organization {id: 'cyber-centre'}))
WHERE all(r IN relationships(p) WHERE r.id IS NOT NULL)
RETURN [n IN nodes(p) | n.name] AS path, [r IN relationships(p) | type(r)] AS relations;

// @name evidence-of-a-fact
// The sentence behind any fact: here, that Braeden Caley attended the 2021 briefings.
MATCH (:Person {id: 'braeden-caley'})-[r:ATTENDED]->(:Briefing {id: 'site-briefings-2021'})
MATCH (d:Document {id: r.evidenceDocuments[0]})-[:HAS_PARAGRAPH]->(p:Paragraph {number: r.evidenceParagraphs[0]})
RETURN d.title AS document, p.number AS paragraph, r.evidenceQuotes[0] AS quote, p.text AS text;

// @name attendance-across-documents
// Who attended the SITE briefings across every document, for which party or organization — and who
// did not (a recorded absence, "did not attend", is an ATTENDED relation with negative: true)?
MATCH (p:Person)-[a:ATTENDED]->(b:Briefing)
RETURN b.name AS briefing, p.name AS person,
       [(p)-[:REPRESENTED|HELD_ROLE]->(o:Organization) | o.name] AS representing,
       coalesce(a.negative, false) AS absent,
       a.evidenceDocuments AS documents, a.evidenceParagraphs AS paragraphs, a.evidenceQuotes AS quotes
ORDER BY briefing, absent, person;

// @name witnesses-disagree
// Where do witnesses disagree? Claims annotated as contradicting one another, each side with who
// asserted it and where it is said.
MATCH (a:Claim)-[c:CONTRADICTS]->(b:Claim)
RETURN [(w:Entity)-[:ASSERTED]->(a) | w.name] AS witness, a.name AS says,
       a.evidenceDocuments[0] AS document, a.evidenceParagraphs[0] AS paragraph, a.evidenceQuotes[0] AS quote,
       [(w:Entity)-[:ASSERTED]->(b) | w.name] AS otherWitness, b.name AS otherSays,
       b.evidenceDocuments[0] AS otherDocument, b.evidenceParagraphs[0] AS otherParagraph, b.evidenceQuotes[0] AS otherQuote,
       [(a)-[:ABOUT]->(t:Entity)<-[:ABOUT]-(b) | t.name] AS about
ORDER BY document, paragraph;
