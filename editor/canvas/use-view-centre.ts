import { useStoreApi } from '@xyflow/react';
import { useCallback } from 'react';
import type { Point } from '../state/placement';

/** The centre of what the canvas shows, in canvas units: where a step added from the palette lands. */
export function useViewCentre(): () => Point {
  const store = useStoreApi();
  return useCallback(() => {
    const { width, height, transform } = store.getState();
    const [x, y, zoom] = transform;
    return { x: (width / 2 - x) / zoom, y: (height / 2 - y) / zoom };
  }, [store]);
}
