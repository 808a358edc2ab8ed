/**
 * The TypeScript type a JSON Schema describes, for the subset of JSON Schema the step
 * definitions use (object, array, string, number, integer, boolean, const, enum, oneOf, anyOf).
 * Small on purpose: general-purpose schema-to-type libraries made the type check take minutes.
 */
export type SchemaType<S> = S extends { const: infer C }
  ? C
  : S extends { enum: readonly (infer E)[] }
    ? E
    : S extends { oneOf: readonly (infer O)[] }
      ? O extends unknown
        ? SchemaType<O>
        : never
      : S extends { anyOf: readonly (infer O)[] }
        ? O extends unknown
          ? SchemaType<O>
          : never
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
  : Record<string, unknown>;

type Simplify<T> = { [K in keyof T]: T[K] } & {};
