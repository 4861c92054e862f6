-- schema3.sql: turns a kg store of schema 4 into the same store as schema 3 wrote it (rows
-- of documents named by their 64-character content id, no document numbers), so that the
-- tests can read and upgrade a store of an older kg (tests/documents.py, tests/test_search.c).
-- Run with foreign keys off.
BEGIN;
CREATE TABLE v3_documents(
  id TEXT PRIMARY KEY, source TEXT NOT NULL, title TEXT, date TEXT,
  text TEXT NOT NULL, ingested_at TEXT NOT NULL, minhash BLOB, cluster TEXT);
INSERT INTO v3_documents SELECT id, source, title, date, text, ingested_at, minhash, cluster
  FROM documents ORDER BY num;
CREATE TABLE v3_document_keys(
  key TEXT PRIMARY KEY,
  document TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE);
INSERT INTO v3_document_keys SELECT k.key, d.id FROM document_keys k
  JOIN documents d ON d.num = k.document;
CREATE TABLE v3_alias_documents(
  entity INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  alias TEXT NOT NULL,
  document TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  reason TEXT NOT NULL, entity_key TEXT,
  PRIMARY KEY(entity, alias, document)) WITHOUT ROWID;
INSERT INTO v3_alias_documents SELECT a.entity, a.alias, d.id, a.reason, a.entity_key
  FROM alias_documents a JOIN documents d ON d.num = a.document;
CREATE TABLE v3_mentions(
  id INTEGER PRIMARY KEY,
  document TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  entity INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  start INTEGER NOT NULL, end INTEGER NOT NULL,
  sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL,
  UNIQUE(document, start, end, entity));
INSERT INTO v3_mentions SELECT m.id, d.id, m.entity, m.start, m.end, m.sentence_start,
  m.sentence_end FROM mentions m JOIN documents d ON d.num = m.document;
CREATE TABLE v3_evidence(
  edge INTEGER NOT NULL REFERENCES edges(id) ON DELETE CASCADE,
  document TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  start INTEGER NOT NULL, end INTEGER NOT NULL, sentence TEXT NOT NULL,
  PRIMARY KEY(edge, document, start));
INSERT INTO v3_evidence(rowid, edge, document, start, end, sentence)
  SELECT e.rowid, e.edge, d.id, e.start, e.end, e.sentence FROM evidence e
  JOIN documents d ON d.num = e.document;
DROP TABLE mentions;
DROP TABLE evidence;
DROP TABLE document_keys;
DROP TABLE alias_documents;
DROP TABLE documents;
ALTER TABLE v3_documents RENAME TO documents;
ALTER TABLE v3_document_keys RENAME TO document_keys;
ALTER TABLE v3_alias_documents RENAME TO alias_documents;
ALTER TABLE v3_mentions RENAME TO mentions;
ALTER TABLE v3_evidence RENAME TO evidence;
CREATE INDEX document_keys_document ON document_keys(document);
CREATE INDEX alias_documents_document ON alias_documents(document);
CREATE INDEX documents_cluster ON documents(cluster);
CREATE INDEX mentions_entity ON mentions(entity);
CREATE INDEX evidence_document ON evidence(document);
UPDATE meta SET value = '3' WHERE key = 'schema_version';
COMMIT;
