import { describe, expect, it } from 'vitest';
import { findTemplateReferences } from './find-template-references';
import { escapeJsonString, renderTemplate } from './render-template';

const scope = {
  contact: { displayName: '田中 太郎', language: 'ja', profile: { city: 'Osaka' } },
  vars: { orderId: 'A-1001', count: 3, paid: false, items: ['tea', 'rice'], empty: '' },
  conversation: { id: 'c1' },
};

describe('renderTemplate', () => {
  it('fills in contact and variable values', () => {
    expect(renderTemplate('Hi {{contact.displayName}}, order {{vars.orderId}}', scope)).toEqual({
      text: 'Hi 田中 太郎, order A-1001',
      missing: [],
    });
  });

  it('allows spaces inside the braces', () => {
    expect(renderTemplate('{{ vars.orderId }}', scope).text).toBe('A-1001');
  });

  it('renders numbers, booleans, lists and nested fields', () => {
    expect(renderTemplate('{{vars.count}} {{vars.paid}} {{vars.items}} {{contact.profile.city}}', scope).text).toBe('3 false ["tea","rice"] Osaka');
  });

  it('renders a missing value empty and reports it', () => {
    expect(renderTemplate('Order: {{vars.nope}}; city {{contact.profile.zip}}.', scope)).toEqual({
      text: 'Order: ; city .',
      missing: ['vars.nope', 'contact.profile.zip'],
    });
  });

  it('does not report a value that is set but empty', () => {
    expect(renderTemplate('[{{vars.empty}}]', scope)).toEqual({ text: '[]', missing: [] });
  });

  it('does not walk into inherited properties', () => {
    expect(renderTemplate('{{vars.constructor}}', scope)).toEqual({ text: '', missing: ['vars.constructor'] });
  });

  it('leaves text without placeholders alone', () => {
    const text = 'Plans start at ¥5,000 a month. {curly} }}';
    expect(renderTemplate(text, scope).text).toBe(text);
  });

  it('escapes values for a JSON body', () => {
    const body = renderTemplate('{"name": "{{vars.tricky}}"}', { vars: { tricky: 'say "hi"\n' } }, { escape: escapeJsonString });
    expect(JSON.parse(body.text)).toEqual({ name: 'say "hi"\n' });
  });
});

describe('findTemplateReferences', () => {
  it('lists references with root and path', () => {
    const scan = findTemplateReferences('{{vars.a}} and {{contact.b.c}}');
    expect(scan.references.map((r) => [r.root, r.path])).toEqual([
      ['vars', ['a']],
      ['contact', ['b', 'c']],
    ]);
    expect(scan.problems).toEqual([]);
  });

  it.each([
    ['{{vars}}', 'needs a field after "vars."'],
    ['{{name}}', 'starts with an unknown name "name"'],
    ['{{user.name}}', 'starts with an unknown name "user"'],
    ['{{vars.a b}}', 'is not a variable name'],
    ['{{}}', 'is not a variable name'],
    ['Hello {{vars.a', 'never closed'],
  ])('reports %s', (text, problem) => {
    const scan = findTemplateReferences(text);
    expect(scan.problems.map((p) => p.message).join(' ')).toContain(problem);
  });
});
