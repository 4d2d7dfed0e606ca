-- The vice-presidency is one explicit seat, like the presidency: replacing its holder is a decision the secretariat
-- confirms, never a second vice-president added beside the first. Councils that recorded several keep the earliest as
-- vice-president; the others stay in the bureau as members (nobody leaves it silently).
UPDATE bureau_seat s SET position = 'MEMBER'
WHERE s.position = 'VICE_PRESIDENT'
  AND EXISTS (SELECT 1 FROM bureau_seat e WHERE e.council_id = s.council_id AND e.position = 'VICE_PRESIDENT' AND e.id < s.id);
CREATE UNIQUE INDEX bureau_one_vice_president ON bureau_seat (council_id) WHERE position = 'VICE_PRESIDENT';
