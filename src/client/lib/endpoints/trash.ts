// The trash and going back in time: DELETE /api/pledges/:id, POST …/restore, POST …/revert
// (each against the version on screen, If-Match), and GET /api/trash.
import { queryOptions } from '@tanstack/react-query';
import { API_PATHS, etagFor, type Pledge } from '@shared/contract';
import { apiRequest } from '../api-client';
import { pledgeSchema, trashResponseSchema } from '../response-schemas';
import { pledgeKeys } from '../query-keys';

interface Target {
  id: string;
  version: number;
}

const writeHeaders = ({ version }: Target) => ({ 'If-Match': etagFor(version) });

export async function trashPledge(target: Target): Promise<Pledge> {
  const { data } = await apiRequest(API_PATHS.pledge(target.id), {
    schema: pledgeSchema,
    method: 'DELETE',
    headers: writeHeaders(target),
  });
  return data;
}

export async function restorePledge(target: Target): Promise<Pledge> {
  const { data } = await apiRequest(API_PATHS.restore(target.id), {
    schema: pledgeSchema,
    method: 'POST',
    body: {},
    headers: writeHeaders(target),
  });
  return data;
}

export async function revertPledge(target: Target & { toVersion: number }): Promise<Pledge> {
  const { data } = await apiRequest(API_PATHS.revert(target.id), {
    schema: pledgeSchema,
    method: 'POST',
    body: { toVersion: target.toVersion },
    headers: writeHeaders(target),
  });
  return data;
}

export function trashOptions() {
  return queryOptions({
    queryKey: pledgeKeys.trash(),
    queryFn: async ({ signal }) =>
      (await apiRequest(API_PATHS.trash, { schema: trashResponseSchema, signal })).data.items,
  });
}
