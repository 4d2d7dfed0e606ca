-- A status change in an action's progress log may go without words (the new status says it); any other entry says
-- something. Before this, a status change without a reason had to store placeholder text.
ALTER TABLE project_action_progress ALTER COLUMN text DROP NOT NULL;
ALTER TABLE project_action_progress ADD CHECK (text IS NOT NULL OR status IS NOT NULL);
