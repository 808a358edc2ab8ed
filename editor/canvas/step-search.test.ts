import { describe, expect, it } from 'vitest';
import { stepDefinitions } from '../../shared/steps';
import { searchSteps } from './step-search';

const types = (query: string, canFollow = false) => searchSteps(query, { canFollow }).map((d) => d.type);

describe('palette search', () => {
  it('lists every step, in palette order, for an empty search', () => {
    expect(types('')).toEqual(stepDefinitions.map((d) => d.type));
    expect(types('  ')[0]).toBe('trigger-keyword');
  });

  it('puts labels that start with the text first, then labels containing it, then descriptions', () => {
    expect(types('ask')[0]).toBe('ask-question');
    expect(types('send')[0]).toBe('send-message');
    expect(types('message').slice(0, 2).sort()).toEqual(['send-message', 'trigger-any-message']);
    // "quick replies" is in the description of the question steps only.
    expect(types('quick repl').every((t) => ['multiple-choice', 'rating', 'send-message', 'ask-question'].includes(t))).toBe(true);
    expect(types('no such step at all')).toEqual([]);
  });

  it('offers no trigger after a port: a trigger cannot follow a step', () => {
    expect(types('keyword')).toContain('trigger-keyword');
    expect(types('keyword', true)).not.toContain('trigger-keyword');
    expect(types('', true).some((t) => t.startsWith('trigger-'))).toBe(false);
  });
});
