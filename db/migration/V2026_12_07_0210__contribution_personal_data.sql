-- Personal data found in a contribution's title or text (e-mail addresses, phone numbers, postal addresses, social
-- security numbers) is masked in the stored text, which everything public reads (pages, search, exports, open data,
-- synthesis). The text as its author wrote it is kept here, for the author (their data download) and the moderators,
-- until the retention job erases it (convergences.contribution.original-text-retention).
CREATE TABLE contribution_original_text (
    contribution_id BIGINT        PRIMARY KEY REFERENCES contribution (id) ON DELETE CASCADE,
    title           VARCHAR(150)  NOT NULL,
    body            VARCHAR(3000) NOT NULL,
    -- The kinds found, such as 'EMAIL,PHONE': what the author is told and the moderators see.
    kinds           VARCHAR(100)  NOT NULL CHECK (length(kinds) > 0),
    recorded_at     TIMESTAMPTZ   NOT NULL
);
CREATE INDEX contribution_original_text_by_age ON contribution_original_text (recorded_at);
