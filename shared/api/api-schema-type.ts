declare const declaredType: unique symbol;

/** A schema whose TypeScript type is written beside it: for bodies another validator checks (a workflow document). */
export interface Declared<T> {
  readonly [declaredType]: T;
}

/**
 * The TypeScript type a request or response schema describes. Like shared/steps/schema-type.ts,
 * plus what API answers need: `null`, type lists (`['string', 'null']`), maps
 * (`additionalProperties: schema`) and schemas whose type is declared beside them.
 */
export type ApiType<S> =
  S extends Declared<infer T>
    ? T
    : S extends { const: infer C }
      ? C
      : S extends { enum: readonly (infer E)[] }
        ? E
        : S extends { anyOf: readonly (infer O)[] }
          ? O extends unknown
            ? ApiType<O>
            : never
          : S extends { oneOf: readonly (infer O)[] }
            ? O extends unknown
              ? ApiType<O>
              : never
            : S extends { type: readonly (infer T)[] }
              ? T extends unknown
                ? ApiType<Omit<S, 'type'> & { type: T }>
                : never
              : S extends { type: 'null' }
                ? null
                : S extends { type: 'object' }
                  ? ObjectType<S>
                  : S extends { type: 'array'; items: infer I }
                    ? ApiType<I>[]
                    : S extends { type: 'string' }
                      ? string
                      : S extends { type: 'number' | 'integer' }
                        ? number
                        : S extends { type: 'boolean' }
                          ? boolean
                          : unknown;

type RequiredKeys<S> = S extends { required: readonly (infer R)[] } ? R : never;

type ObjectType<S> = S extends { properties: infer P }
  ? Simplify<
      { -readonly [K in keyof P as K extends RequiredKeys<S> ? K : never]: ApiType<P[K]> } & {
        -readonly [K in keyof P as K extends RequiredKeys<S> ? never : K]?: ApiType<P[K]>;
      }
    >
  : S extends { additionalProperties: infer A extends object }
    ? Record<string, ApiType<A>>
    : Record<string, unknown>;

type Simplify<T> = { [K in keyof T]: T[K] } & {};
