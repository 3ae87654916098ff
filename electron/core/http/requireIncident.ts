import { notFound } from '../../../shared/commands/errors.ts';
import type { ApiContext } from './apiContext.ts';

/** The incident a path names, or a not-found CommandError (404). */
export async function requireIncident(api: Pick<ApiContext, 'database'>, id: string) {
  const incident = await api.database.incidents.findOne(id).exec();
  if (!incident) throw notFound('incident', id);
  return incident;
}
