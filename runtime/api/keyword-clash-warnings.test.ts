import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestRuntime, type TestRuntime } from '../testing/test-runtime';

function keywordWorkflow(id: string, name: string, keywords: string[], match = 'exact') {
  return {
    schemaVersion: 1,
    id,
    name,
    settings: { timezone: 'Asia/Tokyo' },
    nodes: [
      { id: 'kw', type: 'trigger-keyword', position: { x: 0, y: 0 }, data: { keywords, match } },
      { id: 'say', type: 'send-message', position: { x: 300, y: 0 }, data: { messages: [{ type: 'text', text: `This is ${name}.` }] } },
    ],
    edges: [{ id: 'e1', source: 'kw', sourceHandle: 'next', target: 'say' }],
  };
}

const clashes = (warnings: { message: string }[]) => warnings.filter((w) => w.message.startsWith('Keyword '));

describe('publishing warns of keywords another live workflow answers too', () => {
  let t: TestRuntime;
  const publish = async (document: ReturnType<typeof keywordWorkflow>) => {
    expect((await t.api('POST', '/api/workflows', document)).status).toBe(201);
    return t.api('POST', `/api/workflows/${document.id}/publish`);
  };
  beforeAll(async () => {
    t = await startTestRuntime();
    await t.publishExample('faq-menu');
  });
  afterAll(() => t.stop());

  it('names the other workflow, both keywords and which wins; the publish still goes through', async () => {
    const published = await publish(keywordWorkflow('spring-promo', 'Spring promo', ['sale', 'ＭＥＮＵ']));
    expect(published.status).toBe(201);
    expect(clashes(published.body.warnings)).toEqual([
      {
        severity: 'warning',
        message:
          'Keyword "ＭＥＮＵ" also starts "FAQ menu" (keyword "menu"): a customer who types "ＭＥＮＵ" gets "FAQ menu" only, as keyword triggers tie on priority and the workflow first by name wins',
        pointer: '/nodes/0/data/keywords/1',
        nodeId: 'kw',
        field: 'keywords.1',
        code: 'keywords.clashTheyWin',
        params: { keyword: 'ＭＥＮＵ', other: 'FAQ menu', theirs: 'menu', said: 'ＭＥＮＵ', name: 'Spring promo' },
      },
    ]);
    expect((await t.api('GET', '/api/workflows/spring-promo')).body.publishedVersion).toBe(1);
  });

  it('a "contains" keyword that catches the other keyword clashes too; words that do not overlap do not', async () => {
    const contains = await publish(keywordWorkflow('catch-all', 'Catch all', ['men'], 'contains'));
    // "Catch all" sorts before both, so it takes their keywords from them: said on each clash.
    expect(clashes(contains.body.warnings).map((w) => w.message)).toEqual([
      'Keyword "men" also starts "FAQ menu" (keyword "menu"): a customer who types "menu" gets this workflow ("Catch all") only, as keyword triggers tie on priority and the workflow first by name wins',
      'Keyword "men" also starts "Spring promo" (keyword "ＭＥＮＵ"): a customer who types "ＭＥＮＵ" gets this workflow ("Catch all") only, as keyword triggers tie on priority and the workflow first by name wins',
    ]);
    const apart = await publish(keywordWorkflow('order-status', 'Order status', ['order status', 'where is my order']));
    expect(apart.status).toBe(201);
    expect(clashes(apart.body.warnings)).toEqual([]);
  });

  it('lists the live keywords for the editor, and a paused workflow neither is listed nor clashes', async () => {
    const listed = (await t.api('GET', '/api/live-keywords')).body.workflows;
    expect(listed.find((w: any) => w.id === 'faq-menu')).toEqual({
      id: 'faq-menu',
      name: 'FAQ menu',
      channels: [],
      triggers: [{ keywords: ['menu'], match: 'exact' }],
    });
    for (const id of ['spring-promo', 'catch-all']) expect((await t.api('POST', `/api/workflows/${id}/pause`, { runs: 'finish' })).status).toBe(200);
    expect((await t.api('POST', '/api/workflows/faq-menu/pause', { runs: 'finish' })).status).toBe(200);
    const afterPause = await t.api('GET', '/api/live-keywords');
    expect(afterPause.body.workflows.map((w: any) => w.id)).toEqual(['order-status']);
    const quiet = await publish(keywordWorkflow('menu-two', 'Menu two', ['menu']));
    expect(quiet.status).toBe(201);
    expect(clashes(quiet.body.warnings)).toEqual([]);
  });
});
