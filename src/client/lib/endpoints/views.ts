// /api/views: saved views (a name and a filter query under a short slug).
import { queryOptions } from '@tanstack/react-query';
import { API_PATHS, type SavedView } from '@shared/contract';
import { apiRequest, NO_CONTENT } from '../api-client';
import { savedViewSchema, viewsResponseSchema } from '../response-schemas';
import { viewKeys } from '../query-keys';

export async function fetchViews(signal?: AbortSignal): Promise<SavedView[]> {
  const { data } = await apiRequest(API_PATHS.views, { schema: viewsResponseSchema, signal });
  return data.items;
}

export async function fetchView(slug: string, signal?: AbortSignal): Promise<SavedView> {
  const { data } = await apiRequest(API_PATHS.view(slug), { schema: savedViewSchema, signal });
  return data;
}

export async function createView(body: { name: string; query: string }): Promise<SavedView> {
  const { data } = await apiRequest(API_PATHS.views, { schema: savedViewSchema, method: 'POST', body });
  return data;
}

export async function renameView(slug: string, name: string): Promise<SavedView> {
  const { data } = await apiRequest(API_PATHS.view(slug), { schema: savedViewSchema, method: 'PATCH', body: { name } });
  return data;
}

export async function deleteView(slug: string): Promise<void> {
  await apiRequest(API_PATHS.view(slug), { schema: NO_CONTENT, method: 'DELETE' });
}

export function viewsOptions() {
  return queryOptions({ queryKey: viewKeys.list(), queryFn: ({ signal }) => fetchViews(signal) });
}

export function viewOptions(slug: string) {
  return queryOptions({
    queryKey: viewKeys.detail(slug),
    queryFn: ({ signal }) => fetchView(slug, signal),
    staleTime: 0,
  });
}
