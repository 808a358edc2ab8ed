import { describe, expect, it } from 'vitest';
import { stepDefinitions } from '../../shared/steps';
import { searchSteps, type ShownStepText } from './step-search';

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

  it('finds steps by the name and description the person reads, and still by the English', () => {
    const japanese: Record<string, string> = { 'ask-question': '質問する', 'send-message': 'メッセージを送信' };
    const shown: ShownStepText = (d) => ({
      label: japanese[d.type] ?? d.label,
      description: d.type === 'ask-question' ? '答えを確認して保存' : d.description,
    });
    const found = (query: string) => searchSteps(query, { shown }).map((d) => d.type);
    expect(found('質問')[0]).toBe('ask-question');
    expect(found('送信')[0]).toBe('send-message');
    expect(found('保存')).toContain('ask-question');
    expect(found('ask')[0]).toBe('ask-question');
    expect(types('質問')).toEqual([]);
  });
});
