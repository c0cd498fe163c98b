-- OneWindow local store, schema 2: the service catalog as the district defines it
-- (resources/catalog/FORMAT.md). The whole item document stays in catalog_items.definition;
-- the columns here are what lists and search read without parsing it.

ALTER TABLE catalog_items ADD COLUMN revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1);
ALTER TABLE catalog_items ADD COLUMN short_name TEXT NOT NULL DEFAULT '';
ALTER TABLE catalog_items ADD COLUMN category_code TEXT NOT NULL DEFAULT '';
ALTER TABLE catalog_items ADD COLUMN department_code TEXT NOT NULL DEFAULT '';
ALTER TABLE catalog_items ADD COLUMN legal_time_limit_days INTEGER CHECK (legal_time_limit_days >= 0);
CREATE INDEX catalog_items_active_name ON catalog_items(active, name);

-- Bundles: one intake that opens one case per item.
CREATE TABLE catalog_bundles (
    code        TEXT PRIMARY KEY NOT NULL,
    revision    INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
    name        TEXT NOT NULL,
    item_codes  TEXT NOT NULL DEFAULT '[]',
    definition  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) WITHOUT ROWID;

-- The clerk's search. The trigram tokenizer matches Chinese substrings of three or more characters
-- (a three-character name part finds the item); shorter queries use LIKE over the same columns.
CREATE VIRTUAL TABLE catalog_search USING fts5(
    code, name, short_name, keywords, category, department, scope,
    tokenize = 'trigram');

-- Search orders items by how often this counter took them lately.
CREATE INDEX cases_item_accepted ON cases(item_code, accepted_at);
