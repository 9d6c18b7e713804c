// The memory store's plain-JSON form, for the browser demo's localStorage. It is read back
// through zod because what a browser kept from an older build may no longer fit.
import { z } from 'zod';
import {
  deadlineWindowSchema,
  deliverySchema,
  historyEventSchema,
  partySchema,
  pledgeSchema,
  savedViewSchema,
  type PledgeRecord,
} from '@shared/contract';
import { upgradeRecord } from '@shared/domain';

export const SNAPSHOT_FORMAT = 'pledge-tracker/memory-store@1';

export const snapshotSchema = z.object({
  format: z.literal(SNAPSHOT_FORMAT),
  parties: z.array(partySchema),
  // Kept before deliveries, slips and the trash existed: read as upgradeRecord says.
  pledges: z.array(
    pledgeSchema
      .omit({ deadlineState: true })
      .extend({
        deliveries: z.array(deliverySchema).optional(),
        originalDeadline: deadlineWindowSchema.nullable().optional(),
      })
      .transform((r) => upgradeRecord(r as Parameters<typeof upgradeRecord>[0]) as PledgeRecord),
  ),
  history: z.array(historyEventSchema),
  nextHistoryId: z.number().int().positive(),
  /** Saved views (absent in snapshots kept before they existed). */
  views: z.array(savedViewSchema).default([]),
});

export type MemorySnapshot = z.infer<typeof snapshotSchema>;
