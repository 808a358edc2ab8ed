import { createContext, useContext } from 'react';
import type { Viewer } from '../api/api-client';

export const ViewerContext = createContext<Viewer>({ id: null, name: 'Admin', role: 'admin', teams: [] });

export function useViewer(): Viewer {
  return useContext(ViewerContext);
}
