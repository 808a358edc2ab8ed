import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrations } from './migrations';
import { runMigrations } from './run-migrations';

describe('migration 10 (contacts search)', () => {
  it('indexes the contacts written before it, and keeps later writes in step', () => {
    const db = new Database(':memory:');
    // The schema as it was before: every migration up to 9, and a contact written then.
    for (const migration of migrations.filter((m) => m.version < 10)) db.exec(migration.sql);
    db.pragma('user_version = 9');
    const doc = (name: string, fields: object, tags: string[]) =>
      JSON.stringify({ id: 'Uold', displayName: name, fields, tags, createdAt: '2024-01-01T00:00:00.000Z', engine: { run: null } });
    db.prepare("INSERT INTO contacts (id, doc, display_name) VALUES ('Uold', ?, 'Old Timer')").run(doc('Old Timer', { member: 'GOLD-42' }, ['legacy']));
    runMigrations(db);
    const find = (match: string) =>
      db.prepare('SELECT c.id FROM contacts_text t JOIN contacts c ON c.rowid = t.rowid WHERE contacts_text MATCH ?').pluck().all(match);
    expect(find('"gold-42"')).toEqual(['Uold']);
    expect(find('"\u001flegacy\u001e"')).toEqual(['Uold']);
    expect(db.prepare("SELECT created_at FROM contacts WHERE id = 'Uold'").pluck().get()).toBe('2024-01-01T00:00:00.000Z');
    // A later write: the old field value and tag leave the index, the new ones enter it.
    db.prepare("UPDATE contacts SET doc = ?, display_name = 'Old Timer' WHERE id = 'Uold'").run(doc('Old Timer', { member: 'SILVER-7' }, ['renewed']));
    expect(find('"gold-42"')).toEqual([]);
    expect(find('"silver-7"')).toEqual(['Uold']);
    expect(find('"\u001flegacy\u001e"')).toEqual([]);
    db.prepare("DELETE FROM contacts WHERE id = 'Uold'").run();
    expect(find('"silver-7"')).toEqual([]);
    expect(db.prepare("INSERT INTO contacts_text (contacts_text) VALUES ('integrity-check')").run().changes).toBeGreaterThanOrEqual(0);
  });
});
