-- Released statistics (issue 14): every public figure about disbursements comes from here.
-- Runs unchanged on H2 (MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE) and PostgreSQL 15.
--
-- A month is published once (by the treasurer or by the daily timer N days after it ends): its
-- table of cells (area x category, with row and column totals and the grand total) is protected
-- together with every figure already released for the same year, and stored. Completing a
-- quarter or the year stores that period's table as well. Rows are never updated or deleted:
-- a later reversal is a fact of the month it is made in.

CREATE TABLE released_month (
    published_month CHAR(7)   NOT NULL PRIMARY KEY, -- yyyy-mm; the key serialises publishers
    min_group     INTEGER     NOT NULL,             -- k used for the whole year
    published_by  VARCHAR(64) NOT NULL,             -- a user name, or 'timer'
    published_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE released_figure (
    period        VARCHAR(7)  NOT NULL,  -- 2026-10, 2026-Q4 or 2026
    row_label     VARCHAR(60) NOT NULL,  -- an area as named that year, or '' for all rows
    column_label  VARCHAR(20) NOT NULL,  -- a spending category, or '' for all columns
    shown         BOOLEAN     NOT NULL,
    households    INTEGER,               -- NULL when hidden
    payments      INTEGER,
    amount_minor  BIGINT,
    released_with CHAR(7)     NOT NULL REFERENCES released_month (published_month),
    CONSTRAINT released_figure_pk PRIMARY KEY (period, row_label, column_label),
    CONSTRAINT released_figure_hidden_has_no_values
        CHECK (shown OR (households IS NULL AND payments IS NULL AND amount_minor IS NULL))
);
