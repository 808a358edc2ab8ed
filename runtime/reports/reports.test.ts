import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestRuntime, type TestRuntime } from '../testing/test-runtime';
import { firstResponseOf, handMedian, handP90, secondsBetween, tokyoDays, twoDecimals } from './testing/count-by-hand';
import { customers, driveSupportDay, type SupportDay } from './testing/drive-support-day';

/**
 * Every number of every report endpoint against what the test counts itself: from the script it
 * drove, the fake LINE server's deliveries and the conversations' timelines.
 */
describe('reports count what happened in a real support day', () => {
  let t: TestRuntime;
  let day: SupportDay;
  let range: string;
  const detail = async (id: string) => (await t.api('GET', `/api/conversations/${id}`)).body;
  const report = async (path: string, query = '') => {
    const answer = await t.api('GET', `/api/reports/${path}?${range}${query}`);
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    return answer.body;
  };

  beforeAll(async () => {
    t = await startTestRuntime();
    const { today, yesterday } = tokyoDays();
    range = `from=${yesterday}&to=${today}`;
    // Without business hours, business time cannot be measured: said, not guessed.
    const early = await t.api('GET', `/api/reports/overview?${range}&hours=business`);
    expect(early.status).toBe(400);
    expect(early.body.error).toContain('business hours');
    // Tokyo is the company's zone; the schedule is closed all week (business time must then be 0).
    expect((await t.api('PUT', '/api/settings/business-hours', { businessHours: { timezone: 'Asia/Tokyo', weekly: {} } })).status).toBe(200);
    day = await driveSupportDay(t);
  }, 60_000);
  afterAll(() => t.stop());

  it('overview: conversations, contacts, messages, times and CSAT, beside an empty previous period', async () => {
    const body = await report('overview');
    const billing = await detail(day.conversations.billing);
    const delivery = await detail(day.conversations.delivery);
    const delivered = (t.line?.delivered ?? []).filter((d) => Object.values(customers).includes(d.userId));
    const agentMessages = 3; // Aiko twice, one agent once (the script)
    expect(body.range).toMatchObject({ timeZone: 'Asia/Tokyo', hours: 'calendar' });
    expect(body.conversations).toEqual({ opened: 3, closed: 2, open: 1 });
    expect(body.contacts).toEqual({ new: 4 });
    expect(body.messages).toEqual({
      // billing 2 + rating, delivery text + tap + rating, waiting 2
      received: 8,
      sentByBot: delivered.length - agentMessages,
      sentByAgents: agentMessages,
      reply: delivered.filter((d) => d.method === 'reply').length,
      push: delivered.filter((d) => d.method === 'push').length,
      failed: 0,
    });
    const firstResponses = [firstResponseOf(billing.messages), firstResponseOf(delivery.messages)] as number[];
    expect(firstResponses.every((s) => s > 0)).toBe(true);
    expect(body.firstResponseSeconds).toEqual({ median: twoDecimals(handMedian(firstResponses)), p90: twoDecimals(handP90(firstResponses)), count: 2 });
    const resolutions = [billing, delivery].map((d) => secondsBetween(d.conversation.openedAt, d.conversation.closedAt));
    expect(body.resolutionSeconds).toEqual({ median: twoDecimals(handMedian(resolutions)), p90: twoDecimals(handP90(resolutions)), count: 2 });
    const assignedAt = [billing, delivery].map((d) => d.messages.find((m: any) => m.author === 'system' && /assigned/i.test(m.content.text)).at as string);
    const fromAssignment = [billing, delivery].map((d, i) => secondsBetween(assignedAt[i], d.messages.find((m: any) => m.author === 'agent' && m.delivery).at));
    expect(body.firstResponseFromAssignmentSeconds.median).toBe(twoDecimals(handMedian(fromAssignment)));
    expect(body.csat).toEqual({ responses: 2, average: 3, distribution: { 1: 0, 2: 1, 3: 0, 4: 1, 5: 0 }, responseRate: 1 });
    expect(body.previous.conversations).toEqual({ opened: 0, closed: 0, open: 0 });
    expect(body.previous.firstResponseSeconds).toEqual({ median: null, p90: null, count: 0 });
    expect(body.series.unit).toBe('hour');
    expect(body.series.points).toHaveLength(48);
    const sum = (field: string) => body.series.points.reduce((n: number, p: any) => n + p.values[field], 0);
    expect([sum('opened'), sum('closed'), sum('received'), sum('sent')]).toEqual([3, 2, 8, delivered.length]);
  });

  it('each filter narrows to the conversations it names', async () => {
    const opened = async (query: string) => (await report('overview', query)).conversations.opened;
    expect(await opened('&category=Billing')).toBe(1);
    expect(await opened('&category=Delivery')).toBe(1);
    expect(await opened('&category=Other')).toBe(0);
    expect(await opened('&team=Support')).toBe(2);
    expect(await opened(`&agent=${day.aiko.id}`)).toBe((await detail(day.conversations.delivery)).conversation.assignee === day.aiko.id ? 2 : 1);
    expect(await opened('&tag=vip')).toBe(1);
    expect(await opened('&workflow=csat-on-close')).toBe(2);
    expect(await opened('&workflow=faq-menu')).toBe(1);
    const billingOnly = await report('overview', '&category=Billing');
    // Billing's messages: two in, Aiko's two, the rating and the thanks.
    expect(billingOnly.messages).toMatchObject({ received: 3, sentByAgents: 2, sentByBot: 2 });
    expect(billingOnly.csat).toMatchObject({ responses: 1, average: 4 });
    const business = await report('overview', '&hours=business');
    expect(business.range.hours).toBe('business');
    expect(business.firstResponseSeconds).toEqual({ median: 0, p90: 0, count: 2 });
    expect(business.resolutionSeconds).toMatchObject({ median: 0, count: 2 });
  });

  it('responses: buckets and the weekday × hour heatmap', async () => {
    const body = await report('responses');
    expect(body.buckets.map((b: any) => b.label)).toEqual(['< 30 s', '30 s – 2 m', '2 – 5 m', '5 – 10 m', '10 – 30 m', '30 m – 1 h', '> 1 h']);
    expect(body.buckets[0].count).toBe(2); // both answered within seconds
    expect(body.buckets.slice(1).every((b: any) => b.count === 0)).toBe(true);
    const openedAt = new Date((await detail(day.conversations.billing)).conversation.openedAt);
    const tokyo = new Date(openedAt.getTime() + 9 * 3_600_000);
    const weekday = (tokyo.getUTCDay() + 6) % 7;
    expect(body.heatmap.flat().reduce((a: number, b: number) => a + b, 0)).toBe(3);
    expect(body.heatmap[weekday][tokyo.getUTCHours()]).toBeGreaterThanOrEqual(1);
  });

  it('agents and teams: assignments, closes, messages, times and CSAT per person and team', async () => {
    const delivery = await detail(day.conversations.delivery);
    const deliveryIsAiko = delivery.conversation.assignee === day.aiko.id;
    const { agents } = await report('agents');
    const aiko = agents.find((a: any) => a.userId === day.aiko.id);
    const ben = agents.find((a: any) => a.userId === day.ben.id);
    expect(aiko).toMatchObject({ name: 'Aiko', assigned: deliveryIsAiko ? 2 : 1, closed: deliveryIsAiko ? 2 : 1, messagesSent: deliveryIsAiko ? 3 : 2 });
    expect(ben).toMatchObject({ name: 'Ben', assigned: deliveryIsAiko ? 0 : 1, closed: deliveryIsAiko ? 0 : 1, messagesSent: deliveryIsAiko ? 0 : 1 });
    expect(aiko.csat).toEqual(deliveryIsAiko ? { responses: 2, average: 3 } : { responses: 1, average: 4 });
    const billing = await detail(day.conversations.billing);
    if (!deliveryIsAiko) expect(aiko.firstResponseSeconds.median).toBe(twoDecimals(firstResponseOf(billing.messages)));
    const { teams } = await report('teams');
    const support = teams.find((row: any) => row.team === 'Support');
    expect(support).toMatchObject({ assigned: 2, closed: 2, messagesSent: 3, csat: { responses: 2, average: 3 } });
    expect(teams.find((row: any) => row.team === 'English')).toMatchObject({ assigned: 0, closed: 0 });
  });

  it('CSAT: distribution, the answers with agent and team, filterable by score', async () => {
    const body = await report('csat');
    expect(body.csat.distribution).toEqual({ 1: 0, 2: 1, 3: 0, 4: 1, 5: 0 });
    expect(body.items.map((i: any) => [i.score, i.conversationId, i.team, i.workflowId, i.version])).toEqual([
      [2, day.conversations.delivery, 'Support', 'csat-on-close', 1],
      [4, day.conversations.billing, 'Support', 'csat-on-close', 1],
    ]);
    expect(body.items[1]).toMatchObject({ agent: day.aiko.id, agentName: 'Aiko', contactId: customers.billing });
    const low = await report('csat', '&score=2');
    expect(low.items.map((i: any) => i.conversationId)).toEqual([day.conversations.delivery]);
    expect(low.csat.responses).toBe(2);
  });

  it("workflows: runs by outcome and each step's funnel, counted from the runs' traces", async () => {
    const { runs } = (await t.api('GET', '/api/runs?workflowId=csat-on-close')).body;
    const body = await report('workflows/csat-on-close', '&version=1');
    expect(body.runs).toMatchObject({ started: runs.length, completed: 1, waiting: 1, failed: 0, interrupted: 0 });
    const reached = (step: string) => runs.flatMap((r: any) => r.trace).filter((s: any) => s.stepId === step && s.input === undefined).length;
    const funnel = Object.fromEntries(body.steps.map((s: any) => [s.stepId, s]));
    expect(funnel['trigger-closed'].reached).toBe(2);
    expect(funnel['rate-support']).toMatchObject({ reached: reached('rate-support'), answered: 2, invalid: 0, timedOut: 0, droppedHere: 0 });
    expect(funnel['ask-improve']).toMatchObject({ reached: 1, answered: 0 });
    expect(funnel['send-thanks']).toMatchObject({ reached: 1 });
    expect(body.csat).toEqual({ responses: 2, average: 3 });
    const { workflows } = await report('workflows');
    expect(workflows.find((w: any) => w.workflowId === 'faq-menu')).toMatchObject({ version: 1, runs: { started: 2 } });
    expect((await t.api('GET', `/api/reports/workflows/csat-on-close?${range}&version=9`)).status).toBe(400);
  });

  it('contacts and messages over time', async () => {
    const contacts = await report('contacts');
    expect(contacts).toMatchObject({ new: 4, bySource: { follow: 2, message: 2 }, unfollowed: 1 });
    const messages = await report('messages');
    expect(messages.received).toBe(8);
    expect(messages.series.points.reduce((n: number, p: any) => n + p.values.sentByAgents, 0)).toBe(3);
  });

  it('the conversations log and its CSV, without the test chat', async () => {
    const { conversations } = await report('conversations');
    expect(conversations.map((c: any) => c.id).sort()).toEqual(Object.values(day.conversations).sort());
    const billing = conversations.find((c: any) => c.id === day.conversations.billing);
    expect(billing).toMatchObject({
      closedBy: 'agent',
      category: 'Billing',
      summary: 'Invoice had a duplicate line',
      assigneeName: 'Aiko',
      team: 'Support',
      csatScore: 4,
    });
    expect(conversations.find((c: any) => c.id === day.conversations.delivery)).toMatchObject({ closedBy: 'api', category: 'Delivery', openedBy: 'customer' });
    const csv = await fetch(`${t.url}/api/reports/conversations.csv?${range}`, { headers: { authorization: 'Bearer test-admin-token-0123456789' } });
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const lines = (await csv.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'id,contact,contact id,opened at,opened by,closed at,closed by,category,summary,assignee,team,first response seconds,resolution seconds,csat score',
    );
    expect(lines).toHaveLength(4);
    const row = lines.find((l) => l.startsWith(day.conversations.billing)) as string;
    expect(row.split(',').slice(6, 11)).toEqual(['agent', 'Billing', 'Invoice had a duplicate line', 'Aiko', 'Support']);
    expect(lines.join('\n')).not.toContain(day.testChatContact);
  });

  it('refuses bad input with what to fix', async () => {
    const bad = async (query: string) => (await t.api('GET', `/api/reports/overview?${query}`)).body.error as string;
    expect(await bad('from=2026-02-30&to=2026-03-01')).toContain('from must be a date');
    expect(await bad('from=2026-03-02&to=2026-03-01')).toContain('is before from');
    expect(await bad('from=2020-01-01&to=2026-03-01')).toContain('at most');
    expect((await t.api('GET', '/api/reports/overview?from=2026-01-01')).status).toBe(400);
    const closeBad = await t.api('POST', `/api/conversations/${day.conversations.waiting}/close`, { category: 'Nope' });
    expect(closeBad.status).toBe(400);
    expect(closeBad.body.error).toBe('category "Nope" is not one of: Billing, Delivery, Other');
    expect((await day.aiko.session.call('GET', `/api/reports/overview?${range}`)).status).toBe(403);
  });
});
