// Curators' creates find an existing person, organisation, place, event or agreement instead of
// adding a twin; the constraints make that hold under concurrent creates. The seed's nodes get the
// keys the service computes (folded name and context), so the seed is found too.
CREATE CONSTRAINT person_natural_key IF NOT EXISTS FOR (n:Person) REQUIRE n.naturalKey IS UNIQUE;
CREATE CONSTRAINT organization_natural_key IF NOT EXISTS FOR (n:Organization) REQUIRE n.naturalKey IS UNIQUE;
CREATE CONSTRAINT place_natural_key IF NOT EXISTS FOR (n:Place) REQUIRE n.naturalKey IS UNIQUE;
CREATE CONSTRAINT event_natural_key IF NOT EXISTS FOR (n:Event) REQUIRE n.naturalKey IS UNIQUE;
