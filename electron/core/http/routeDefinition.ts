import type { z } from 'zod';
import { parseOrInvalid } from '../../../shared/commands/zodProblems.ts';
import type { ApiContext } from './apiContext.ts';
import { json, requestSchema } from './openApiParts.ts';
import { readJsonBody } from './requestBody.ts';
import type { RouteRequest, Router } from './router.ts';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** What a handler gets: the request, the node's API and the body already checked against `body`. */
export interface RouteCall<Body> extends RouteRequest {
  api: ApiContext;
  body: Body;
}

/**
 * One HTTP route, declared once: the router serves it and the OpenAPI
 * document describes it from the same object, so the two cannot drift.
 */
export interface RouteDefinition<Body = unknown> {
  method: HttpMethod;
  /** `/api/v1/incidents/{id}/timeline` style. */
  path: string;
  summary: string;
  /** Served without the bearer token (health only). */
  public?: boolean;
  /** OpenAPI parameters: path, query and header, in the order the document lists them. */
  parameters?: readonly unknown[];
  /** The request body's zod schema: validated before the handler runs, described in the document. */
  body?: z.ZodType<Body>;
  /** Whether a body must be sent (an absent body is read as `{}`). Default true. */
  bodyRequired?: boolean;
  /**
   * The documented body when the route passes it on unread and the command
   * validates it (the schema is the command's input, usually a `$ref`).
   */
  documentedBody?: { schema: unknown; required: boolean };
  /** OpenAPI responses by status: description and, where there is one, the JSON schema. */
  responses: Record<string, unknown>;
  handle(call: RouteCall<Body>): Promise<void>;
}

/** Keeps `Body` tied between the schema and the handler. */
export function defineRoute<Body = unknown>(route: RouteDefinition<Body>): RouteDefinition {
  return route as RouteDefinition;
}

export function registerRoutes(
  router: Router,
  api: ApiContext,
  routes: readonly RouteDefinition[],
): void {
  for (const route of routes) {
    router.add(
      route.method,
      route.path,
      async (request) => {
        const body = route.body
          ? parseOrInvalid(route.body, await readJsonBody(request.request))
          : undefined;
        await route.handle({ ...request, api, body });
      },
      { public: route.public ?? false },
    );
  }
}

/** The OpenAPI operation of one route. */
export function openApiOperation(route: RouteDefinition): Record<string, unknown> {
  return {
    summary: route.summary,
    ...(route.public ? { security: [] } : {}),
    ...(route.parameters ? { parameters: route.parameters } : {}),
    ...(route.documentedBody
      ? {
          requestBody: {
            required: route.documentedBody.required,
            ...json(route.documentedBody.schema),
          },
        }
      : {}),
    ...(route.body
      ? {
          requestBody: {
            required: route.bodyRequired ?? true,
            ...json(requestSchema(route.body)),
          },
        }
      : {}),
    responses: route.responses,
  };
}

/** OpenAPI `paths` of a list of routes. */
export function openApiPaths(
  routes: readonly RouteDefinition[],
): Record<string, Record<string, unknown>> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const methods = (paths[route.path] ??= {});
    methods[route.method.toLowerCase()] = openApiOperation(route);
  }
  return paths;
}
