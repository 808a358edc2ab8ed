import type { ApiRoute } from '../../shared/api/api-route';
import { routes, type OperationId } from '../../shared/api/routes';

export interface MatchedRoute {
  /** An OperationId of the route table (any string for a table given in a test). */
  operationId: OperationId;
  route: ApiRoute;
  params: Record<string, string>;
}

interface Pattern {
  operationId: OperationId;
  route: ApiRoute;
  regex: RegExp;
  names: string[];
  /** Literal segments: `/api/users/me`-like literals win over `:id`. */
  literals: number;
}

/**
 * Finds the route of shared/api/routes.ts a request took, from its method and path, the way
 * express matched it: a `:param` is one path segment. Built once from the table, so a new route is
 * matched without a change here.
 */
export function routeMatcher(table: Record<string, ApiRoute> = routes): (method: string, path: string) => MatchedRoute | null {
  const byMethod = new Map<string, Pattern[]>();
  for (const [operationId, route] of Object.entries(table)) {
    const names: string[] = [];
    const segments = route.path.split('/');
    const source = segments
      .map((segment) => {
        if (!segment.startsWith(':')) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        names.push(segment.slice(1));
        return '([^/]+)';
      })
      .join('/');
    const pattern: Pattern = {
      operationId: operationId as OperationId,
      route,
      regex: new RegExp(`^${source}/?$`),
      names,
      literals: segments.length - names.length,
    };
    byMethod.set(route.method, [...(byMethod.get(route.method) ?? []), pattern]);
  }
  for (const patterns of byMethod.values()) patterns.sort((a, b) => b.literals - a.literals);

  return (method, path) => {
    for (const pattern of byMethod.get(method.toUpperCase()) ?? []) {
      const found = pattern.regex.exec(path);
      if (!found) continue;
      const params = Object.fromEntries(pattern.names.map((name, i) => [name, decodeSegment(found[i + 1] ?? '')]));
      return { operationId: pattern.operationId, route: pattern.route, params };
    }
    return null;
  };
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
