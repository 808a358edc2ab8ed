import { describe, expect, it } from 'vitest';
import type { WorkflowDocument } from '../document/workflow-document';
import { keywordClashes, liveWorkflowOf, type LiveWorkflow } from './keyword-clashes';

function keywordWorkflow(id: string, keywords: string[], match: string, channels?: string[]): WorkflowDocument {
  return {
    schemaVersion: 1,
    id,
    name: id,
    settings: { timezone: 'Asia/Tokyo', ...(channels ? { channels } : {}) },
    nodes: [
      { id: 'start', type: 'trigger-any-message', position: { x: 0, y: 0 }, data: {} },
      { id: 'kw', type: 'trigger-keyword', position: { x: 0, y: 100 }, data: { keywords, match } },
    ],
    edges: [],
  } as WorkflowDocument;
}

const live = (name: string, keywords: string[], match: string, channels?: string[]): LiveWorkflow =>
  liveWorkflowOf(name.toLowerCase().replace(/\W+/g, '-'), name, keywordWorkflow(name, keywords, match, channels));

describe('keyword clashes with other live workflows', () => {
  it('names the other workflow, both keywords and the winner (first by name), on the keyword that clashes', () => {
    const [problem, ...rest] = keywordClashes(keywordWorkflow('promo', ['sale', 'menu'], 'exact'), 'Spring promo', [live('FAQ menu', ['menu'], 'exact')]);
    expect(rest).toEqual([]);
    expect(problem).toEqual({
      severity: 'warning',
      message:
        'Keyword "menu" also starts "FAQ menu" (keyword "menu"): a customer who types "menu" gets "FAQ menu" only, as keyword triggers tie on priority and the workflow first by name wins',
      pointer: '/nodes/1/data/keywords/1',
      nodeId: 'kw',
      field: 'keywords.1',
      code: 'keywords.clashTheyWin',
      params: { keyword: 'menu', other: 'FAQ menu', theirs: 'menu', said: 'menu', name: 'Spring promo' },
    });
    const [mineWins] = keywordClashes(keywordWorkflow('promo', ['menu'], 'exact'), 'A menu', [live('FAQ menu', ['menu'], 'exact')]);
    expect(mineWins?.message).toContain('gets this workflow ("A menu") only');
  });

  it.each([
    ['exact vs exact, case and width folded', ['ＭＥＮＵ'], 'exact', ['menu'], 'exact', true],
    ['contains catches the other keyword', ['menu'], 'contains', ['show menu'], 'exact', true],
    ['exact typed into the other one’s contains', ['show menu'], 'exact', ['menu'], 'contains', true],
    ['starts-with', ['menu please'], 'exact', ['menu'], 'starts-with', true],
    ['regex catches the typed keyword', ['^(menu|help)$'], 'regex', ['help'], 'exact', true],
    ['the same regex', ['^m.nu$'], 'regex', ['^m.nu$'], 'regex', true],
    ['different words', ['menu'], 'exact', ['help'], 'exact', false],
    ['exact does not catch a longer keyword', ['menu'], 'exact', ['menu please'], 'exact', false],
    ['two contains keywords that do not contain each other', ['menu'], 'contains', ['help'], 'contains', false],
    ['a regex that misses', ['^help$'], 'regex', ['menu'], 'exact', false],
  ])('%s', (_, mine, myMatch, theirs, theirMatch, clashes) => {
    const found = keywordClashes(keywordWorkflow('mine', mine, myMatch), 'Mine', [live('Theirs', theirs, theirMatch)]);
    expect(found.length > 0).toBe(clashes);
  });

  it('only where the channels overlap (no channels: every channel), and never with itself', () => {
    const mine = keywordWorkflow('mine', ['menu'], 'exact', ['ch-a']);
    expect(keywordClashes(mine, 'Mine', [live('Other channel', ['menu'], 'exact', ['ch-b'])])).toEqual([]);
    expect(keywordClashes(mine, 'Mine', [live('Both', ['menu'], 'exact', ['ch-b', 'ch-a'])])).toHaveLength(1);
    expect(keywordClashes(mine, 'Mine', [live('Everywhere', ['menu'], 'exact')])).toHaveLength(1);
    expect(keywordClashes(keywordWorkflow('mine', ['menu'], 'exact'), 'Mine', [live('Only b', ['menu'], 'exact', ['ch-b'])])).toHaveLength(1);
    expect(keywordClashes(mine, 'Mine', [liveWorkflowOf('mine', 'Mine', mine)])).toEqual([]);
  });
});
