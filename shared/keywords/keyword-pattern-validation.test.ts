import { describe, expect, it } from 'vitest';
import { broken } from '../testing/broken-example';
import { validateWorkflow } from '../validation/validate-workflow';

const messages = (document: unknown) => validateWorkflow(document).errors.map((error) => error.message);

describe('the validator refuses regex patterns LineFlow does not run, naming the step and the field', () => {
  it('a keyword with a lookahead', () => {
    const document = broken('faq-menu', (d) => Object.assign(d.nodes[0].data, { match: 'regex', keywords: ['menu', '^(?=.*menu).*$'] }));
    expect(messages(document)).toContainEqual(
      'node trigger-menu (Keyword): options.keywords.1 uses a lookahead `(?=…)`, which LineFlow does not run (it could hang the server): write the pattern without it, or split it into several keywords',
    );
  });

  it('a keyword with a backreference, and one too complex', () => {
    const document = broken('faq-menu', (d) => Object.assign(d.nodes[0].data, { match: 'regex', keywords: ['(a)\\1', '[ab]*a[ab]{900}$'] }));
    const found = messages(document);
    expect(found.some((m) => m.startsWith('node trigger-menu (Keyword): options.keywords.0 uses a backreference'))).toBe(true);
    expect(found.some((m) => m.startsWith('node trigger-menu (Keyword): options.keywords.1 is too complex for a keyword pattern'))).toBe(true);
  });

  it('the same words for the keywords of other matches are not patterns', () => {
    const document = broken('faq-menu', (d) => Object.assign(d.nodes[0].data, { match: 'contains', keywords: ['(?=menu)'] }));
    expect(validateWorkflow(document).ok).toBe(true);
  });
});
