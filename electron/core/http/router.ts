import type { IncomingMessage, ServerResponse } from 'node:http';

export interface RouteRequest {
  request: IncomingMessage;
  response: ServerResponse;
  params: Record<string, string>;
  url: URL;
}

export type RouteHandler = (route: RouteRequest) => Promise<void>;

interface Route {
  method: string;
  pattern: RegExp;
  names: string[];
  handler: RouteHandler;
  public: boolean;
}

/** A small method + path router: `/api/v1/incidents/{id}` style patterns. */
export class Router {
  private readonly routes: Route[] = [];

  add(
    method: string,
    path: string,
    handler: RouteHandler,
    options: { public?: boolean } = {},
  ): this {
    const names: string[] = [];
    const source = path.replace(/\{(\w+)\}/g, (_, name: string) => {
      names.push(name);
      return '([^/]+)';
    });
    this.routes.push({
      method,
      pattern: new RegExp(`^${source}$`),
      names,
      handler,
      public: options.public ?? false,
    });
    return this;
  }

  /** The matching route, or which methods the path allows (for 405). */
  match(
    method: string,
    pathname: string,
  ):
    | { handler: RouteHandler; params: Record<string, string>; public: boolean }
    | { allowed: string[] }
    | undefined {
    const allowed: string[] = [];
    for (const route of this.routes) {
      const found = route.pattern.exec(pathname);
      if (!found) continue;
      if (route.method !== method) {
        allowed.push(route.method);
        continue;
      }
      const params: Record<string, string> = {};
      route.names.forEach((name, i) => {
        params[name] = safeDecode(found[i + 1] ?? '');
      });
      return { handler: route.handler, params, public: route.public };
    }
    return allowed.length > 0 ? { allowed } : undefined;
  }
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
