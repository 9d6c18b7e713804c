// Between records and rows.
import type { HistoryEvent, PledgeRecord } from '@shared/contract';
import { deriveFields, partyLinks, type DerivedFields } from '../derived';
import type { NewHistoryEvent } from '../types';
import type { HistoryTable, ListColumns, PledgePartiesTable, PledgesTable, PledgeTagsTable } from './schema';

function listColumns(record: PledgeRecord, d: DerivedFields): ListColumns {
  return {
    verdict: record.verdict,
    resolved_state: d.resolvedState,
    announced_on: record.announcedOn,
    resolved_on: record.resolvedOn,
    deadline_start: d.deadlineStart,
    deadline_latest: d.deadlineLatest,
    opens_at: d.opensAt,
    closes_at: d.closesAt,
    title_key: d.titleKey,
    updated_at: record.updatedAt,
    deadline_slips: d.slips,
    progress: d.progress,
    progress_state: d.progressState,
  };
}

/**
 * The pledge's row, one row per party taking part in it, and one per tag. A pledge in the trash
 * has neither: the party and tag tables only serve lists, which leave the trash out.
 */
export function pledgeRows(record: PledgeRecord): {
  pledge: PledgesTable;
  parties: PledgePartiesTable[];
  tags: PledgeTagsTable[];
} {
  const d = deriveFields(record);
  const columns = listColumns(record, d);
  // A party named in two roles keeps the first (the API refuses such a pledge anyway).
  const seen = new Set<string>();
  const parties = partyLinks(record).flatMap(({ partyId, role }) => {
    if (seen.has(partyId)) return [];
    seen.add(partyId);
    return [{ party_id: partyId, pledge_id: record.id, role, ...columns }];
  });
  const live = record.deletedAt === null;
  return {
    pledge: {
      id: record.id,
      ...columns,
      deleted_at: record.deletedAt,
      version: record.version,
      search_text: d.searchText,
      doc: JSON.stringify(record),
    },
    parties: live ? parties : [],
    tags: live ? [...new Set(record.tags)].map((tag) => ({ tag, pledge_id: record.id, ...columns })) : [],
  };
}

export function historyRow(event: NewHistoryEvent): Omit<HistoryTable, 'id'> {
  return {
    pledge_id: event.pledgeId,
    at: event.at,
    actor: event.actor,
    kind: event.kind,
    version: event.version,
    changes: JSON.stringify(event.changes),
    detail:
      event.revertedTo !== undefined || event.merged
        ? JSON.stringify({ revertedTo: event.revertedTo, merged: event.merged })
        : null,
  };
}

export function historyEvent(row: { id: number } & Omit<HistoryTable, 'id'>): HistoryEvent {
  return {
    id: row.id,
    pledgeId: row.pledge_id,
    at: row.at,
    actor: row.actor,
    kind: row.kind,
    version: row.version,
    changes: JSON.parse(row.changes) as HistoryEvent['changes'],
    ...(row.detail ? (JSON.parse(row.detail) as Pick<HistoryEvent, 'revertedTo' | 'merged'>) : {}),
  };
}
