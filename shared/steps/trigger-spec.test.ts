import { describe, expect, it } from 'vitest';
import { getStepDefinition, isTriggerType, stepDefinitions, triggerDefinitions } from '.';

describe('trigger definitions', () => {
  it('are exactly the steps of kind trigger, each saying how it starts a run', () => {
    expect(triggerDefinitions.map((d) => d.type)).toEqual(stepDefinitions.filter((d) => d.kind === 'trigger').map((d) => d.type));
    for (const definition of stepDefinitions) expect(definition.trigger !== undefined).toBe(definition.kind === 'trigger');
    expect(isTriggerType('trigger-keyword')).toBe(true);
    expect(isTriggerType('send-message')).toBe(false);
    expect(isTriggerType('trigger-fax')).toBe(false);
    expect(isTriggerType(undefined)).toBe(false);
  });

  // A customer message that opens a conversation reaches both events: they rank together.
  it('never leave two trigger types that can compete for one event at the same priority', () => {
    const groups = [['customer-message', 'conversation-opened'], ['follow'], ['conversation-closed'], ['shortcut'], ['incoming-webhook']];
    for (const group of groups) {
      const priorities = triggerDefinitions.filter((d) => group.includes(d.trigger.on)).map((d) => d.trigger.priority);
      expect(new Set(priorities).size, group.join(' + ')).toBe(priorities.length);
    }
    const every = new Set(groups.flat());
    for (const definition of triggerDefinitions) expect(every.has(definition.trigger.on), definition.type).toBe(true);
  });

  it('rank keyword over conversation-opened over any-message', () => {
    const priority = (type: string) => getStepDefinition(type)?.trigger?.priority ?? Number.NaN;
    expect(priority('trigger-keyword')).toBeGreaterThan(priority('trigger-conversation-opened'));
    expect(priority('trigger-conversation-opened')).toBeGreaterThan(priority('trigger-any-message'));
  });

  it('match keywords in typed text or postback data, and let only marked ones interrupt', () => {
    const keyword = getStepDefinition('trigger-keyword')?.trigger;
    const data = { keywords: ['menu'], match: 'exact', interruptsWaitingRun: false };
    expect(keyword?.matches?.(data, { text: 'ＭＥＮＵ' })).toBe(true);
    expect(keyword?.matches?.(data, { postbackData: 'menu' })).toBe(true);
    expect(keyword?.matches?.(data, { text: 'menus' })).toBe(false);
    expect(keyword?.matches?.(data, {})).toBe(false);
    expect(keyword?.interruptsWaitingRun?.(data)).toBe(false);
    expect(keyword?.interruptsWaitingRun?.({ ...data, interruptsWaitingRun: true })).toBe(true);
    expect(keyword?.interruptsWaitingRun?.({ keywords: ['menu'], match: 'exact' })).toBe(false);
  });
});
