// Name filters and the search box need the index V0014 made; the service takes requests once it
// has been filled from the existing graph.
CALL db.awaitIndexes(600);
