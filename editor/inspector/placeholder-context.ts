import { createContext } from 'react';

/** The placeholders (without braces) the inspector offers: contact fields and the known variables. */
export const PlaceholderContext = createContext<string[]>([]);

/** The nodes a "step" field may point at (jump to). */
export const NodeChoicesContext = createContext<{ id: string; label: string }[]>([]);
