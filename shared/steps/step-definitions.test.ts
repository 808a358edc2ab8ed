import { describe, expect, it } from 'vitest';
import { validateWorkflow } from '../validation/validate-workflow';
import { getStepDefinition, isStepType, isTriggerType, stepDefinitions, stepTypes, type StepData } from '.';

function documentWith(type: string, data: unknown) {
  const trigger = { id: 'start', type: 'trigger-any-message', position: { x: 0, y: 0 }, data: {} };
  const step = { id: 'step', type, position: { x: 200, y: 0 }, data };
  const target = { id: 'target', type: 'add-note', position: { x: 400, y: 0 }, data: { text: 'x' } };
  const isTrigger = getStepDefinition(type)?.kind === 'trigger';
  return {
    schemaVersion: 1,
    id: 'probe',
    name: 'Probe',
    settings: {
      timezone: 'Asia/Tokyo',
      businessHours: { timezone: 'Asia/Tokyo', weekly: { mon: [{ from: '09:00', to: '18:00' }] } },
    },
    nodes: isTrigger ? [step, target] : [trigger, step, target],
    edges: isTrigger
      ? [{ id: 'e1', source: 'step', sourceHandle: 'next', target: 'target' }]
      : [{ id: 'e1', source: 'start', sourceHandle: 'next', target: 'step' }],
  };
}

describe('step definitions', () => {
  it('have unique kebab-case types', () => {
    expect(new Set(stepTypes).size).toBe(stepTypes.length);
    for (const type of stepTypes) expect(type).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('name triggers trigger-*', () => {
    for (const definition of stepDefinitions) {
      expect(/^trigger-/.test(definition.type)).toBe(isTriggerType(definition.type));
    }
  });

  // Two steps cannot guess what to point at: the editor asks for it.
  const needFilling: Record<string, string> = {
    'jump-to': 'node step (Jump to): options.targetNodeId must not be empty',
    'http-request': 'node step (HTTP request): options.url must not be empty',
  };

  it.each(stepDefinitions.filter((d) => !(d.type in needFilling)).map((d) => [d.type, d] as const))(
    '%s: its defaults form a valid step',
    (type, definition) => {
      const result = validateWorkflow(documentWith(type, definition.defaults));
      expect(result.errors.map((e) => e.message)).toEqual([]);
    },
  );

  it.each(Object.entries(needFilling))('%s asks for what it needs by default', (type, message) => {
    const result = validateWorkflow(documentWith(type, getStepDefinition(type)?.defaults));
    expect(result.errors.map((e) => e.message)).toEqual([message]);
  });

  it('give each choice, range and branch its own port', () => {
    const choice = getStepDefinition('multiple-choice');
    expect(
      choice
        ?.ports({
          choices: [
            { id: 'a', label: 'A' },
            { id: 'b', label: 'B' },
          ],
        })
        .map((p) => p.id),
    ).toEqual(['a', 'b', 'invalid', 'timeout']);
    const branch = getStepDefinition('branch');
    expect(branch?.ports({ branches: [{ id: 'x', match: 'all', conditions: [] }] }).map((p) => p.id)).toEqual(['x', 'else']);
    const rating = getStepDefinition('rating');
    expect(rating?.ports({ ranges: [{ id: 'low', min: 1, max: 2 }] }).map((p) => p.id)).toEqual(['low', 'answered', 'invalid', 'timeout']);
  });

  it('recognises step types', () => {
    expect(isStepType('send-message')).toBe(true);
    expect(isStepType('send-fax')).toBe(false);
  });
});

// Type-level checks: the data types are derived from the schemas. These lines fail `npm run
// typecheck` if the derivation breaks (a field becomes `any`, or optionality is lost).
export const typed: StepData<'ask-question'> = {
  question: 'Q?',
  kind: 'email',
  saveTo: { scope: 'variable', name: 'email' },
  retry: { maxAttempts: 1, message: 'again' },
  timeoutMinutes: 5,
};
// @ts-expect-error kind must be one of the question kinds
export const wrongKind: StepData<'ask-question'> = { ...typed, kind: 'colour' };
// @ts-expect-error question is required
export const missingQuestion: StepData<'ask-question'> = { kind: 'text', saveTo: typed.saveTo, retry: typed.retry, timeoutMinutes: 1 };
// @ts-expect-error a message is one of the four message shapes
export const wrongMessage: StepData<'send-message'> = { messages: [{ type: 'text', url: 'x' }] };
export const flex: StepData<'send-message'> = { messages: [{ type: 'flex', altText: 'x', contents: { type: 'bubble' } }] };
