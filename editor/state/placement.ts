import type { StepNode } from './document-conversion';

export interface Point {
  x: number;
  y: number;
}
export interface Rect extends Point {
  width: number;
  height: number;
}

/** A new step's size until React Flow measures it (the node's CSS width, a short body). */
export const newStepSize = { width: 220, height: 110 };
/** Space kept free around a placed node, so its ports and edges stay clickable. */
const margin = 24;
/** How far each nudge moves a node that would cover another. */
const nudge = 30;
/** Past this many rings (about 1,800 canvas units around), searching costs more than it helps. */
const maxRings = 60;

/** Where a node is and how big: measured by React Flow, set (notes), or the size of a new step. */
export function rectOf(node: StepNode): Rect {
  return {
    x: node.position.x,
    y: node.position.y,
    width: node.measured?.width ?? node.width ?? newStepSize.width,
    height: node.measured?.height ?? node.height ?? newStepSize.height,
  };
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width + margin && b.x < a.x + a.width + margin && a.y < b.y + b.height + margin && b.y < a.y + a.height + margin;
}

/**
 * The free place nearest to `want` (a top-left corner) for a node of `size`, never on top of
 * another. `down` only looks below (a step added after a port joins the column of its siblings);
 * `near` searches rings around the wanted place (a step added at the centre of the view).
 */
export function freeSpot(nodes: readonly StepNode[], want: Point, size = newStepSize, direction: 'down' | 'near' = 'near'): Point {
  const taken = nodes.map(rectOf);
  const free = (p: Point) => !taken.some((r) => overlaps({ ...p, ...size }, r));
  const at = { x: Math.round(want.x), y: Math.round(want.y) };
  if (free(at)) return at;
  if (direction === 'down') {
    for (let i = 1; ; i++) {
      const p = { x: at.x, y: at.y + i * nudge };
      if (free(p)) return p;
    }
  }
  // Rings of growing radius: the first free candidate of the smallest ring is the nearest free place.
  for (let ring = 1; ring <= maxRings; ring++) {
    let best: Point | null = null;
    let bestDistance = Infinity;
    for (let dx = -ring; dx <= ring; dx++) {
      for (let dy = -ring; dy <= ring; dy++) {
        if (Math.max(Math.abs(dx), Math.abs(dy)) !== ring) continue;
        const p = { x: at.x + dx * nudge, y: at.y + dy * nudge };
        const distance = Math.hypot(dx, dy);
        if (distance < bestDistance && free(p)) {
          best = p;
          bestDistance = distance;
        }
      }
    }
    if (best) return best;
  }
  // A crowded canvas: below everything is always free.
  return { x: at.x, y: Math.max(...taken.map((r) => r.y + r.height)) + margin + 1 };
}
