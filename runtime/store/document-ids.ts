import type { Filter } from './collection';

/** Both backends key documents by `_id`; the rest of LineFlow calls it `id`. */
export function toStored<T extends { id: string }>(doc: T): Record<string, unknown> {
  const { id, ...rest } = doc;
  return { _id: id, ...rest };
}

export function fromStored<T>(stored: Record<string, unknown> | null | undefined): T | null {
  if (!stored) return null;
  const { _id, ...rest } = stored;
  return { id: _id, ...rest } as T;
}

export function storedFilter(filter: Filter = {}): Filter {
  if (!('id' in filter)) return filter;
  const { id, ...rest } = filter;
  return { _id: id, ...rest };
}

export function storedFields(fields: Record<string, unknown>): Record<string, unknown> {
  const { id: _ignored, ...rest } = fields;
  return rest;
}

export function storedSort(sort: Record<string, 1 | -1> | undefined): Record<string, 1 | -1> | undefined {
  if (!sort) return undefined;
  return Object.fromEntries(Object.entries(sort).map(([key, order]) => [key === 'id' ? '_id' : key, order]));
}
