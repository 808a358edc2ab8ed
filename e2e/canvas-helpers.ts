import type { Page } from 'playwright-core';
import type { WorkflowDocument } from '../shared/document/workflow-document';
import type { TestRuntime } from '../runtime/testing/test-runtime';

/** The canvas's zoom, read from React Flow's viewport transform. */
export async function canvasZoom(page: Page): Promise<number> {
  const transform = await page.locator('.react-flow__viewport').evaluate((el) => getComputedStyle(el).transform);
  const matrix = /matrix\(([^,]+),/.exec(transform);
  if (!matrix) throw new Error(`no zoom in "${transform}"`);
  return Number(matrix[1]);
}

/** Every node's box on screen, by id, for "nothing overlaps" and "all in view". */
export async function nodeBoxes(page: Page): Promise<{ id: string; x: number; y: number; width: number; height: number }[]> {
  return page.locator('.react-flow__node').evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { id: el.getAttribute('data-id') ?? '', x: r.x, y: r.y, width: r.width, height: r.height };
    }),
  );
}

/** Pairs of nodes whose boxes overlap on screen. */
export function overlaps(boxes: { id: string; x: number; y: number; width: number; height: number }[]): string[] {
  const found: string[] = [];
  boxes.forEach((a, i) =>
    boxes.slice(i + 1).forEach((b) => {
      if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height) found.push(`${a.id} × ${b.id}`);
    }),
  );
  return found;
}

/** The draft as the server holds it, once the editor says it saved. */
export async function savedDraft(page: Page, t: TestRuntime, id: string): Promise<WorkflowDocument> {
  await page.getByTestId('save-state').getByText('All changes saved').waitFor();
  return (await t.api('GET', `/api/workflows/${id}`)).body.document as WorkflowDocument;
}

export const edgeList = (document: Pick<WorkflowDocument, 'edges'>): string[] => document.edges.map((e) => `${e.source}.${e.sourceHandle}->${e.target}`).sort();

/** Clicks a step's header: selects it (and opens it in the inspector). */
export async function selectStep(page: Page, id: string, modifiers: ('Shift' | 'Control')[] = []): Promise<void> {
  await page.locator(`[data-testid="step-${id}"] .step-header`).click({ modifiers });
}
