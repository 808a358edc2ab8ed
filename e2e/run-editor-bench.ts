// `npm run bench:editor`: opens generated workflows of 100, 1,000 and 2,000 steps in headless
// Chromium (Debian's) and prints time to first render, frame times while panning and zooming,
// and the time for one edit to show on the canvas.
import { build } from 'vite';
import { percentile } from '../runtime/bench/percentiles';
import { startTestRuntime, testAdminToken } from '../runtime/testing/test-runtime';
import { launchBrowser, openEditor } from './browser';
import { generateWorkflow } from './generate-workflow';

const sizes = (process.env.BENCH_SIZES ?? '100,1000,2000').split(',').map(Number);

await build({ configFile: new URL('../vite.config.ts', import.meta.url).pathname, logLevel: 'error' });
const t = await startTestRuntime({ simulated: true });
const browser = await launchBrowser();
process.stdout.write(`LineFlow editor benchmark: headless Chromium (${browser.version()}), 1280×800\n\n`);

for (const size of sizes) {
  const id = `bench-${size}`;
  const created = await t.api('POST', '/api/workflows', generateWorkflow(id, size));
  if (created.status !== 201) throw new Error(`could not create ${id}: ${JSON.stringify(created.body).slice(0, 300)}`);
  // Time to first render, from the route change to the workflow's steps painted: median of 3 openings.
  const openings: number[] = [];
  let page = await openEditor(browser, t.url, testAdminToken, '#/');
  for (let attempt = 0; attempt < 3; attempt++) {
    if (attempt > 0) {
      await page.context().close();
      page = await openEditor(browser, t.url, testAdminToken, '#/');
    }
    await page.getByRole('heading', { name: 'Start from an example' }).waitFor();
    openings.push(
      await page.evaluate(async (workflowId) => {
        const started = performance.now();
        window.location.hash = `#/workflows/${workflowId}`;
        await new Promise<void>((resolve) => {
          const check = () => (document.querySelector('[data-testid="step-n0"]') ? resolve() : requestAnimationFrame(check));
          check();
        });
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        return performance.now() - started;
      }, id),
    );
  }
  const openMs = percentile(openings, 50);

  // Frame times while panning (drag on the canvas) and zooming (wheel), recorded in the page.
  await page.evaluate(() => {
    const w = window as unknown as { frames: number[]; recording: boolean };
    w.frames = [];
    w.recording = true;
    let last = performance.now();
    const tick = (now: number) => {
      w.frames.push(now - last);
      last = now;
      if (w.recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const pane = await page.locator('.react-flow__pane').boundingBox();
  if (!pane) throw new Error('no canvas');
  const cx = pane.x + pane.width / 2;
  const cy = pane.y + pane.height / 2;
  await page.mouse.move(cx, cy);
  await page.mouse.wheel(0, -600);
  for (let round = 0; round < 3; round++) {
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    await page.mouse.move(cx - 300, cy - 150, { steps: 30 });
    await page.mouse.move(cx + 200, cy + 100, { steps: 30 });
    await page.mouse.up();
    await page.mouse.wheel(0, -300);
    await page.waitForTimeout(100);
    await page.mouse.wheel(0, 300);
  }
  const frames = await page.evaluate(() => {
    const w = window as unknown as { frames: number[]; recording: boolean };
    w.recording = false;
    return w.frames.slice(1);
  });

  // One edit: select a message step on screen, type in the inspector, wait for the node to show it.
  await page.waitForTimeout(300);
  const target = await page.evaluate(
    ({ x, y }) => {
      // The message step nearest the middle of the canvas, clear of the minimap and controls.
      let best: { id: string; distance: number } | null = null;
      for (const element of document.querySelectorAll('.react-flow__node-send-message')) {
        const box = element.getBoundingClientRect();
        const distance = Math.hypot(box.x + box.width / 2 - x, box.y + box.height / 2 - y);
        if (!best || distance < best.distance) best = { id: element.getAttribute('data-id') as string, distance };
      }
      return best?.id ?? null;
    },
    { x: cx, y: cy },
  );
  if (!target) throw new Error('no message step on screen');
  await page.locator(`[data-testid="step-${target}"] .step-header`).click();
  await page.locator('#field-messages-0-text').waitFor();
  const editMs = await page.evaluate(async (nodeId) => {
    const field = document.querySelector('#field-messages-0-text') as HTMLTextAreaElement;
    const started = performance.now();
    // The prototype's setter, as typing does: React tracks the value the element's own setter saw.
    Reflect.set(HTMLTextAreaElement.prototype, 'value', 'Edited text for the benchmark', field);
    field.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise<void>((resolve) => {
      const check = () =>
        document.querySelector(`[data-testid="step-${nodeId}"]`)?.textContent?.includes('Edited text for the benchmark')
          ? resolve()
          : requestAnimationFrame(check);
      check();
    });
    return performance.now() - started;
  }, target);

  const f = (n: number) => n.toFixed(1);
  process.stdout.write(
    `${String(size).padStart(5)} steps: open ${f(openMs)} ms (median of 3, ${f(Math.min(...openings))}–${f(Math.max(...openings))}) · frame while panning/zooming median ${f(percentile(frames, 50))} ms, p95 ${f(percentile(frames, 95))} ms (${frames.length} frames) · one edit shows in ${f(editMs)} ms\n`,
  );
  await page.context().close();
}

await browser.close();
await t.stop();
