declare const declaredType: unique symbol;

/** A schema whose TypeScript type is written beside it: for bodies another validator checks (a workflow document). */
export interface Declared<T> {
  readonly [declaredType]: T;
}

/**
 * The TypeScript type a JSON Schema describes, for the subset LineFlow's schemas use: object,
 * array, string, number, integer, boolean, null, type lists (`['string', 'null']`), maps
 * (`additionalProperties: schema`), const, enum, oneOf, anyOf, and schemas whose type is declared
 * beside them. Small on purpose: general-purpose schema-to-type libraries made the type check
 * take minutes. Step options and API bodies both use it.
 */
export type SchemaType<S> =
  S extends Declared<infer T>
    ? T
    : S extends { const: infer C }
      ? C
      : S extends { enum: readonly (infer E)[] }
        ? E
        : S extends { anyOf: readonly (infer O)[] }
          ? O extends unknown
            ? SchemaType<O>
            : never
          : S extends { oneOf: readonly (infer O)[] }
            ? O extends unknown
              ? SchemaType<O>
              : never
            : S extends { type: readonly (infer T)[] }
              ? T extends unknown
                ? SchemaType<Omit<S, 'type'> & { type: T }>
                : never
              : S extends { type: 'null' }
                ? null
                : S extends { type: 'object' }
                  ? ObjectType<S>
                  : S extends { type: 'array'; items: infer I }
                    ? SchemaType<I>[]
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
      { -readonly [K in keyof P as K extends RequiredKeys<S> ? K : never]: SchemaType<P[K]> } & {
        -readonly [K in keyof P as K extends RequiredKeys<S> ? never : K]?: SchemaType<P[K]>;
      }
    >
  : S extends { additionalProperties: infer A extends object }
    ? Record<string, SchemaType<A>>
    : Record<string, unknown>;

type Simplify<T> = { [K in keyof T]: T[K] } & {};
