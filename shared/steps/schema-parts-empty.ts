/** The options schema of a step that has no options. */
export const noOptionsSchema = { type: 'object', additionalProperties: false, properties: {} } as const;
