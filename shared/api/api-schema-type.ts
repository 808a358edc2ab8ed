import type { SchemaType } from '../steps/schema-type';

export type { Declared } from '../steps/schema-type';

/** The TypeScript type a request or response schema describes (the same derivation as step options). */
export type ApiType<S> = SchemaType<S>;
