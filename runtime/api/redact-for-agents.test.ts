import { describe, expect, it } from 'vitest';
import type { WorkflowDocument } from '../../shared/document/workflow-document';
import { validateWorkflow } from '../../shared/validation/validate-workflow';
import { redacted, redactUrl, redactWorkflowForAgents } from './redact-for-agents';

describe('a workflow as agents see it', () => {
  it('masks user info and every query value of a URL, keeping what is called', () => {
    expect(redactUrl('https://user:pw@crm.example.com/api/orders?api_key=abc&x=1#frag')).toBe(
      `https://${redacted}@crm.example.com/api/orders?api_key=${redacted}&x=${redacted}`,
    );
    expect(redactUrl('{{vars.crmUrl}}/tickets')).toBe('{{vars.crmUrl}}/tickets');
    expect(redactUrl('https://crm.example.com/api?flag')).toBe('https://crm.example.com/api?flag');
  });

  it("masks an HTTP step's header values and body, and secret-named variables, and stays a valid draft", () => {
    const document = {
      schemaVersion: 1,
      id: 'crm',
      name: 'CRM',
      settings: {
        timezone: 'Asia/Tokyo',
        variables: [
          { name: 'crmApiKey', defaultValue: 'k-123' },
          { name: 'greeting', defaultValue: 'Hello' },
        ],
      },
      nodes: [
        { id: 't', type: 'trigger-keyword', position: { x: 0, y: 0 }, data: { keywords: ['order'], match: 'contains' } },
        {
          id: 'h',
          type: 'http-request',
          position: { x: 300, y: 0 },
          data: {
            method: 'POST',
            url: 'https://crm.example.com/x?token=t-123',
            headers: [{ name: 'Authorization', value: 'Bearer b-123' }],
            body: '{"apiKey":"a-123"}',
            timeoutSeconds: 10,
            responseMapping: [],
          },
        },
      ],
      edges: [{ id: 'e', source: 't', sourceHandle: 'next', target: 'h' }],
    } as unknown as WorkflowDocument;
    const seen = redactWorkflowForAgents(document);
    const text = JSON.stringify(seen);
    for (const secret of ['k-123', 't-123', 'b-123', 'a-123']) expect(text).not.toContain(secret);
    expect(text).toContain('Hello');
    expect(text).toContain('Authorization');
    // The original is untouched: admins and the engine keep the real values.
    expect(JSON.stringify(document)).toContain('b-123');
    // The read-only canvas checks what it is given: masking adds no error.
    const before = validateWorkflow(document, { companyBusinessHours: false }).errors.map((p) => p.pointer);
    expect(validateWorkflow(seen, { companyBusinessHours: false }).errors.map((p) => p.pointer)).toEqual(before);
  });
});
