import { normalizeOfferStatus } from './normalize';
import type { InteractionContext, InteractionResult, KnownOrRaw, OfferError, OfferSyncStatus } from './types';

/**
 * What `deriveOfferStatus` needs to know about one interaction. Any contract
 * `Interaction` fits; so does a raw interaction whose `reportedStatus` is still
 * spelled as the channel sent it (`Synced`, `Disabled`, ...).
 */
export interface StatusInteraction {
  /** Used only to break ties between interactions that started at the same instant. */
  id?: string;
  /** ISO 8601. Unparseable dates count as the oldest. */
  startDate: string;
  /** Unknown results (neither of the four) are ignored. */
  result: KnownOrRaw<InteractionResult>;
  /** `setup` = first send (or migration, or re-send after a discard); `ongoing` = later updates. */
  context?: KnownOrRaw<InteractionContext>;
  /**
   * The offer status the channel reported in this interaction (its log data's `status`), raw or normalised.
   * Read with `normalizeOfferStatus`; unknown values are ignored.
   */
  reportedStatus?: string;
}

export interface OfferStatusInput {
  /** The offer's interactions, in any order. */
  interactions: readonly StatusInteraction[];
  /** The offer's active errors: failures that no later success of one of their closable origins cleared. */
  activeErrors?: readonly OfferError[];
}

const RESULTS: readonly InteractionResult[] = ['success', 'failure', 'notification', 'processing'];

/** Tie-break ranking for interactions that started at the same instant and share an id: higher = later. */
const RESULT_RANK: Readonly<Record<InteractionResult, number>> = {
  notification: 0,
  success: 1,
  failure: 2,
  processing: 3,
};
const CONTEXT_RANK: Readonly<Record<InteractionContext, number>> = { ongoing: 1, setup: 2 };
const STATUS_RANK: Readonly<Record<OfferSyncStatus, number>> = { synched: 1, unavailable: 2, error: 3, sending: 4 };

interface Entry {
  time: number;
  id: string;
  result: InteractionResult;
  context: InteractionContext | undefined;
  reported: OfferSyncStatus | undefined;
}

function readResult(raw: unknown): InteractionResult | undefined {
  if (typeof raw !== 'string') return undefined;
  const value = raw.trim().toLowerCase();
  return RESULTS.find((r) => r === value);
}

function readContext(raw: unknown): InteractionContext | undefined {
  if (typeof raw !== 'string') return undefined;
  const value = raw.trim().toLowerCase();
  return value === 'setup' || value === 'ongoing' ? value : undefined;
}

function readTime(raw: unknown): number {
  const time = typeof raw === 'string' ? Date.parse(raw) : Number.NaN;
  return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
}

/**
 * Newest first. A total order on everything the rules look at, so the result
 * never depends on the input order: start time, then id (plain code-unit
 * comparison, a missing id sorting as ""), then result, context and reported status.
 */
function newestFirst(a: Entry, b: Entry): number {
  if (a.time !== b.time) return a.time > b.time ? -1 : 1;
  if (a.id !== b.id) return a.id > b.id ? -1 : 1;
  const byResult = RESULT_RANK[b.result] - RESULT_RANK[a.result];
  if (byResult !== 0) return byResult;
  const byContext = (b.context ? CONTEXT_RANK[b.context] : 0) - (a.context ? CONTEXT_RANK[a.context] : 0);
  if (byContext !== 0) return byContext;
  return (b.reported ? STATUS_RANK[b.reported] : 0) - (a.reported ? STATUS_RANK[a.reported] : 0);
}

/**
 * The offer status that follows from its interactions and active errors
 * (data-model.md, "How the offer status follows from interactions"); the first rule that applies decides:
 *
 * 1. any active error → `error`;
 * 2. the latest interaction is `processing` in the `setup` context → `sending`;
 * 3. the latest settled (not `processing`) interaction decides: the status it reports (`Disabled` → `unavailable`),
 *    or `synched` for a success or failure that reports none. A `notification` that reports no (known) status is
 *    information only and is skipped;
 * 4. any settled interaction → `synched`; none at all → `sending`.
 *
 * "Latest" is by `startDate` (parsed, not compared as text), whatever the input order; unparseable dates count as
 * the oldest, and ties are broken deterministically. Interactions with an unknown result are ignored.
 */
export function deriveOfferStatus({ interactions, activeErrors }: OfferStatusInput): OfferSyncStatus {
  if (activeErrors !== undefined && activeErrors.length > 0) return 'error';

  const entries: Entry[] = [];
  for (const interaction of interactions) {
    const result = readResult(interaction.result);
    if (result === undefined) continue;
    entries.push({
      time: readTime(interaction.startDate),
      id: typeof interaction.id === 'string' ? interaction.id : '',
      result,
      context: readContext(interaction.context),
      reported: normalizeOfferStatus(interaction.reportedStatus),
    });
  }
  entries.sort(newestFirst);

  const latest = entries[0];
  if (latest === undefined) return 'sending';
  if (latest.result === 'processing' && latest.context === 'setup') return 'sending';

  let anySettled = false;
  for (const entry of entries) {
    if (entry.result === 'processing') continue;
    anySettled = true;
    if (entry.reported !== undefined) return entry.reported;
    if (entry.result !== 'notification') return 'synched';
  }
  return anySettled ? 'synched' : 'sending';
}
