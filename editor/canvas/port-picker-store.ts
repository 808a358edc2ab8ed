import { create } from 'zustand';

/** The port whose "+" was pressed: the step picker opens beside it, in screen coordinates. */
export interface PortPick {
  nodeId: string;
  port: string;
  portLabel: string;
  /** The "+" button's centre on screen, where the picker opens and the new step is aimed at. */
  x: number;
  y: number;
}

/** Which port's step picker is open, if any (outside the editor's store: it is not part of the document). */
export const usePortPicker = create<{ open: PortPick | null }>()(() => ({ open: null }));
