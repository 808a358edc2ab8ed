import type { WorkflowDocument, WorkflowNode } from '../../shared/document/workflow-document';

/** What an agent sees in place of a secret: the shape stays (the canvas still draws), the value does not. */
export const redacted = '••••';

/** Field names that hold a credential in any step's options, whatever the step type. */
const secretName = /(secret|password|passwd|token|api_?key|apikey|authorization|private_?key|signature)/i;

/**
 * A workflow document as an agent may read it (the read-only canvas, the inbox's shortcuts): every
 * value that can carry a credential is masked. An HTTP step's header values, body and URL query
 * and user info go, as does any option (or variable's starting value) whose name says it is a
 * secret: the net for step types to come.
 */
export function redactWorkflowForAgents(document: WorkflowDocument): WorkflowDocument {
  // A variable named like a secret (`crmApiKey`) may hold one as its starting value.
  const variables = document.settings.variables?.map((v) => (secretName.test(v.name) && v.defaultValue ? { ...v, defaultValue: redacted } : v));
  return { ...document, settings: { ...document.settings, ...(variables ? { variables } : {}) }, nodes: document.nodes.map(redactNode) };
}

function redactNode(node: WorkflowNode): WorkflowNode {
  const data = maskByName(node.data) as Record<string, unknown>;
  if (node.type === 'http-request') {
    const options = data as { url?: unknown; headers?: unknown; body?: unknown };
    if (typeof options.url === 'string') options.url = redactUrl(options.url);
    if (Array.isArray(options.headers)) options.headers = options.headers.map((h: { name: string }) => ({ name: h.name, value: redacted }));
    // A JSON string, so the read-only canvas does not report the body as broken JSON.
    if (typeof options.body === 'string' && options.body.trim() !== '') options.body = JSON.stringify(redacted);
  }
  return { ...node, data } as WorkflowNode;
}

/** user:password@ and every query value masked; scheme, host and path kept (they say what is called). */
export function redactUrl(url: string): string {
  const [beforeQuery = '', ...rest] = url.split('?');
  const withoutUser = beforeQuery.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@]*@/i, `$1${redacted}@`);
  if (rest.length === 0) return withoutUser;
  const query = rest.join('?').replace(/#.*$/, '');
  return `${withoutUser}?${query
    .split('&')
    .map((pair) => (pair.includes('=') ? `${pair.slice(0, pair.indexOf('='))}=${redacted}` : pair))
    .join('&')}`;
}

function maskByName(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(maskByName);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [key, secretName.test(key) && typeof inner === 'string' && inner !== '' ? redacted : maskByName(inner)]),
  );
}
