import { describe, expect, it } from 'vitest';
import { singular } from './schema-field-parts';

describe('the "+ Add …" button of a list', () => {
  it('names one item of the list in good English', () => {
    expect(['branches', 'quick replies', 'choices', 'messages', 'conditions', 'ranges', 'actions', 'keywords', 'holidays'].map(singular)).toEqual([
      'branch',
      'quick reply',
      'choice',
      'message',
      'condition',
      'range',
      'action',
      'keyword',
      'holiday',
    ]);
  });
});
