-- The shop's own key of each imported order, interaction, site visit and contact, so that importing the same file
-- again updates the rows it wrote instead of adding them twice (./retention import, docs/import.md). Rows written
-- by the generator or by this product leave it NULL: MySQL, MariaDB and H2 all let a unique index hold many NULLs.

ALTER TABLE orders ADD COLUMN external_id VARCHAR(64);
CREATE UNIQUE INDEX uq_orders_external_id ON orders (external_id);

ALTER TABLE interaction ADD COLUMN external_id VARCHAR(64);
CREATE UNIQUE INDEX uq_interaction_external_id ON interaction (external_id);

ALTER TABLE site_visit ADD COLUMN external_id VARCHAR(64);
CREATE UNIQUE INDEX uq_site_visit_external_id ON site_visit (external_id);

ALTER TABLE contact_log ADD COLUMN external_id VARCHAR(64);
CREATE UNIQUE INDEX uq_contact_log_external_id ON contact_log (external_id);
