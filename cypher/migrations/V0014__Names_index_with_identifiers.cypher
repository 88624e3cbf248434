// One box finds everything: names, aliases, titles and identifiers, folded so "Rodriguez" finds
// "Rodríguez" and "q241" finds the node whose Wikidata item is Q241.
CREATE FULLTEXT INDEX names IF NOT EXISTS
FOR (n:Country|Person|Organization|Place|Event|Agreement|Source)
ON EACH [n.name, n.aliases, n.title, n.acronym, n.wikidata, n.untsRegistration, n.officialCode]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
