// A membership now says how the member belongs: full member, partner country, observer and so on.
// Every membership recorded before kinds existed was entered as a membership proper, the seed's
// among them (the article: Cuba "has officially joined the New Development Bank"), so each becomes
// a full member; curators correct any that a source calls otherwise.
MATCH (m:Membership)
WHERE m.kind IS NULL
SET m.kind = 'FULL_MEMBER';
