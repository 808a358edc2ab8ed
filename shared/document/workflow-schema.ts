import { businessHoursSchema, idSchema, variableNameSchema } from '../steps/schema-parts';
import { stepDefinitions } from '../steps';

/** The version of the document format; bump it with a migration when the format changes. */
export const currentSchemaVersion = 1;

/** Workflows larger than this are refused: nobody draws them, and the editor would crawl. */
export const maxNodes = 5000;

export const settingsSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['timezone'],
  properties: {
    /** The zone for time conditions and business hours, e.g. `Asia/Tokyo`. */
    timezone: { type: 'string', format: 'time-zone' },
    businessHours: businessHoursSchema,
    /** The LINE channels (Official Accounts) whose contacts it runs for; absent or empty: every channel. */
    channels: {
      type: 'array',
      maxItems: 50,
      uniqueItems: true,
      items: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,31}$' },
    },
    /** Workflow variables with their starting values, available as `{{vars.<name>}}` everywhere. */
    variables: {
      type: 'array',
      maxItems: 100,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name'],
        properties: {
          name: variableNameSchema,
          defaultValue: { type: 'string', maxLength: 2000 },
          description: { type: 'string', maxLength: 200 },
        },
      },
    },
  },
} as const;

export const positionSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['x', 'y'],
  properties: { x: { type: 'number' }, y: { type: 'number' } },
} as const;

export const edgeSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'source', 'sourceHandle', 'target'],
  properties: {
    id: idSchema,
    source: idSchema,
    /** The port of the source step the edge leaves from. */
    sourceHandle: { type: 'string', minLength: 1, maxLength: 64 },
    target: idSchema,
    /** Steps have a single entry; React Flow writes null here. */
    targetHandle: { type: ['string', 'null'] },
  },
} as const;

/** What people call a step on the canvas, in traces and reports ("Ask for the order number"); the id stays the key. */
export const stepNameSchema = { type: 'string', minLength: 1, maxLength: 60 } as const;

function nodeSchema<const T extends string, const S extends object>(type: T, data: S) {
  return {
    type: 'object',
    additionalProperties: false,
    required: ['id', 'type', 'position', 'data'],
    properties: { id: idSchema, type: { const: type }, name: stepNameSchema, position: positionSchema, data },
  } as const;
}

export const noteColors = ['yellow', 'blue', 'green', 'pink'] as const;

/**
 * A sticky note on the canvas. Notes live beside the steps, not among them: nothing that reads
 * `nodes` (validator, runtime, reports, diffs) has to know they exist, and a note can never run.
 */
export const noteSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'position', 'text', 'color'],
  properties: {
    id: idSchema,
    position: positionSchema,
    text: { type: 'string', maxLength: 2000 },
    color: { enum: noteColors },
    /** Size on the canvas, in canvas units; absent: the default size. */
    width: { type: 'number', minimum: 80, maximum: 2000 },
    height: { type: 'number', minimum: 60, maximum: 2000 },
  },
} as const;

/** Notes a workflow may hold: plenty for explaining a large one. */
export const maxNotes = 500;

/**
 * The JSON Schema (draft 2020-12) of a workflow document: the one source of truth for what the
 * API accepts, the editor saves and the runtime executes. Nodes and edges have the shape React
 * Flow uses, so the editor hands them to the canvas as they are.
 */
export const workflowSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://lineflow.dev/schemas/workflow-v1.json',
  title: 'LineFlow workflow',
  type: 'object',
  additionalProperties: false,
  required: ['schemaVersion', 'id', 'name', 'settings', 'nodes', 'edges'],
  properties: {
    schemaVersion: { const: currentSchemaVersion },
    id: idSchema,
    name: { type: 'string', minLength: 1, maxLength: 100 },
    description: { type: 'string', maxLength: 1000 },
    settings: settingsSchema,
    nodes: {
      type: 'array',
      maxItems: maxNodes,
      items: {
        type: 'object',
        required: ['type'],
        discriminator: { propertyName: 'type' },
        oneOf: stepDefinitions.map((definition) => nodeSchema(definition.type, definition.schema)),
      },
    },
    edges: { type: 'array', maxItems: maxNodes * 4, items: edgeSchema },
    notes: { type: 'array', maxItems: maxNotes, items: noteSchema },
  },
} as const;
