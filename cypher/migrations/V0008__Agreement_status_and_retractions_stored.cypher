// Present-time reads read what the writes already knew instead of deriving it per row:
// a retracted fact or citation carries the Retracted label, and an agreement carries its
// status and the first date of its standing steps and signatures. From here on the curation
// code keeps both in the same transaction as the change (AgreementState.REFRESH).
MATCH (n) WHERE n.retractedAt IS NOT NULL
SET n:Retracted;

MATCH (a:Agreement)
WITH a,
     COLLECT { MATCH (a)<-[:OF_AGREEMENT]-(x:AgreementAction) WHERE NOT x:Retracted RETURN x.kind } AS kinds,
     EXISTS { (a)<-[:OF_AGREEMENT]-(s:Signature) WHERE NOT s:Retracted } AS signed,
     COLLECT { MATCH (a)<-[:OF_AGREEMENT]-(x) WHERE (x:AgreementAction OR x:Signature) AND x.date IS NOT NULL AND NOT x:Retracted
               RETURN x.date ORDER BY x.date LIMIT 1 } AS dates
SET a.status = CASE
      WHEN 'TERMINATED' IN kinds THEN 'TERMINATED'
      WHEN 'WITHDRAWN' IN kinds THEN 'WITHDRAWN'
      WHEN 'ENTERED_INTO_FORCE' IN kinds THEN 'IN_FORCE'
      WHEN 'RATIFIED' IN kinds THEN 'RATIFIED'
      WHEN 'SIGNED' IN kinds OR signed THEN 'SIGNED'
      WHEN 'CONCLUDED' IN kinds THEN 'CONCLUDED'
      WHEN 'ANNOUNCED' IN kinds THEN 'ANNOUNCED'
      ELSE 'UNKNOWN'
    END,
    a.firstDate = head(dates);
