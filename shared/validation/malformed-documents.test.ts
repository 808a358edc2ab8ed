import { describe, expect, it } from 'vitest';
import { graphAndLimitCases } from '../testing/broken-cases-graph-and-limits';
import { optionCases } from '../testing/broken-cases-options';
import { validateWorkflow } from './validate-workflow';

const cases = [...graphAndLimitCases, ...optionCases];

describe('malformed documents', () => {
  it('cover at least 30 different mistakes', () => {
    expect(new Set(cases.map((c) => c.mistake)).size).toBeGreaterThanOrEqual(30);
  });

  it.each(cases)('rejects $mistake', ({ document, message, nodeId, edgeId, field }) => {
    const result = validateWorkflow(document());
    expect(result.ok).toBe(false);
    const match = result.errors.find((problem) => problem.message.includes(message));
    expect(match, `no error contains:\n  ${message}\nerrors were:\n  ${result.errors.map((e) => e.message).join('\n  ')}`).toBeDefined();
    if (nodeId) expect(match?.nodeId).toBe(nodeId);
    if (edgeId) expect(match?.edgeId).toBe(edgeId);
    if (field) expect(match?.field).toBe(field);
  });
});
