/**
 * Runtime validation of what an `OfferManagementClient` returns, with valibot.
 *
 * The real API is loose in a few known ways, so the schemas are lenient there
 * (status aliases, numbers sent as strings, unknown origins/results kept as raw
 * text, `null` for "absent") and strict everywhere else: a missing required
 * field or a wrong type is an `invalid-response` error naming the field path.
 *
 * Every output is a fresh object holding only contract fields, and parsing an
 * output again gives an equal result (the hooks validate whatever a client
 * returns, so the HTTP client's output goes through here twice).
 */
import * as v from 'valibot';
import { OfferManagementError } from './errors';
import { normalizeOfferStatus } from './normalize';
import {
  INTERACTION_ORIGINS,
  INTERACTION_RESULTS,
  type InteractionContext,
  type InteractionOrigin,
  type InteractionNewValue,
  type InteractionPage,
  type Offer,
  type OfferSyncStatus,
} from './types';

// ---------------------------------------------------------------------------
// Scalars: one small converter per kind of field. A converter returns the
// contract value, or `undefined` when the input is not acceptable.

type Convert<T> = (input: unknown) => T | undefined;

/** A required scalar field: `convert` it, or report `message` at the field's path. */
const field = <T>(convert: Convert<T>, message: string) =>
  v.pipe(
    v.unknown(),
    v.rawTransform<unknown, T>(({ dataset, addIssue, NEVER }) => {
      const output = convert(dataset.value);
      if (output === undefined) {
        addIssue({ message });
        return NEVER;
      }
      return output;
    }),
  );

/** An optional field whose unknown values are dropped rather than rejected. */
const lenient = <T>(convert: Convert<T>) => v.optional(v.pipe(v.unknown(), v.transform(convert)));

const asString: Convert<string> = (x) => (typeof x === 'string' ? x : undefined);

/** Ids: non-empty strings; numbers are accepted and turned into strings. */
const asId: Convert<string> = (x) =>
  (typeof x === 'string' && x !== '') || (typeof x === 'number' && Number.isFinite(x)) ? String(x) : undefined;

/** Optional text where an empty string means "absent" (URLs, external ids); `null` is dropped later. */
const asOptionalText: Convert<string | null> = (x) => (typeof x === 'string' ? x || null : undefined);

/**
 * ISO 8601 as APIs send it: a calendar date, optionally a time (`T` or a space, minutes, seconds, any number of
 * fraction digits — .NET sends seven) and an offset. `Date.parse` alone is far too lenient (V8 reads
 * "hello 12" or "1" as dates in 2001), so the shape is checked first and the parts must be a real instant.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;

/** Whether `text` is an ISO 8601 date (or date-time) naming a real day and time. */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text.trim());
  if (!match) return false;
  const [, y, mo, d, h = '0', mi = '0', s = '0'] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return (
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth &&
    Number(h) <= 23 &&
    Number(mi) <= 59 &&
    Number(s) <= 59 &&
    !Number.isNaN(Date.parse(text.trim().replace(' ', 'T')))
  );
}

/** An ISO 8601 date string naming a real instant; kept as sent. */
const asDate: Convert<string> = (x) => (typeof x === 'string' && isIsoDate(x) ? x : undefined);

/** A finite number `>= min`, also when sent as a decimal string (`"79.99"`, not `"0x10"`); integers only if `int`. */
const asNumber =
  (min: number, int?: boolean): Convert<number> =>
  (x) => {
    const n =
      typeof x === 'number' ? x : typeof x === 'string' && /^\s*[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?\s*$/i.test(x) ? Number(x) : Number.NaN;
    return Number.isFinite(n) && n >= min && (!int || Number.isInteger(n)) ? n : undefined;
  };

/** An ISO 4217 code (three letters), upper-cased so `Intl.NumberFormat` accepts it. */
const asCurrency: Convert<string> = (x) => (typeof x === 'string' && /^[a-z]{3}$/i.test(x) ? x.toUpperCase() : undefined);

/** A value of `known` (any case), or — when it is not one we know — the raw text the API sent. */
const asKnownOrRaw =
  <T extends string>(known: readonly T[]): Convert<T | (string & { readonly __raw?: never })> =>
  (x) => {
    if (typeof x !== 'string' || x.trim() === '') return undefined;
    const lower = x.trim().toLowerCase();
    return (known as readonly string[]).includes(lower) ? (lower as T) : x;
  };

/** A value of `known` (any case), or `undefined`. */
const asKnown =
  <T extends string>(known: readonly T[]): Convert<T> =>
  (x) => {
    const lower = typeof x === 'string' ? x.trim().toLowerCase() : '';
    return (known as readonly string[]).includes(lower) ? (lower as T) : undefined;
  };

const CONTEXTS: readonly InteractionContext[] = ['setup', 'ongoing'];

const id = field(asId, 'must be a non-empty string');
const text = field(asString, 'must be a string');
const date = field(asDate, 'must be a date string (ISO 8601)');
const amount = field(asNumber(0), 'must be a non-negative number');
const count = field(asNumber(0, true), 'must be a non-negative integer');
const currency = field(asCurrency, 'must be a three-letter currency code');
const origin = field(asKnownOrRaw(INTERACTION_ORIGINS), 'must be a non-empty string');
const optionalText = v.nullish(field(asOptionalText, 'must be a string'));

// ---------------------------------------------------------------------------
// Objects. `v.object` drops unknown keys; `compact` then drops keys whose value
// is `null`/`undefined`, so "absent" has one spelling in the output.

const compact = <T extends object>(o: T) => {
  const out: Record<string, unknown> = {};
  for (const key in o) if (o[key] != null) out[key] = o[key];
  return out as { [K in keyof T]: Exclude<T[K], null> };
};

const object = <E extends v.ObjectEntries>(entries: E) =>
  v.pipe(v.object(entries, 'must be an object'), v.transform(compact));

const money = object({ amount, currency });

const offerError = object({
  code: id,
  externalCode: optionalText,
  title: text,
  description: text,
  origin,
  date,
  interactionId: id,
  closableOrigins: v.nullish(
    v.pipe(
      v.array(v.unknown(), 'must be an array'),
      v.transform((list) => list.map(asKnown(INTERACTION_ORIGINS)).filter((o): o is InteractionOrigin => o !== undefined)),
    ),
  ),
});

const offerSchema = object({
  feedId: id,
  skuId: id,
  externalOfferId: optionalText,
  name: text,
  imageUrl: optionalText,
  channel: object({ name: text, logoUrl: optionalText }),
  status: field<OfferSyncStatus>(normalizeOfferStatus, 'must be an offer status (synched, error, unavailable, sending)'),
  price: v.nullish(money),
  inventory: v.nullish(amount),
  updatedAt: date,
  errors: v.nullish(v.array(offerError, 'must be an array'), () => []),
});

const KINDS: readonly InteractionNewValue['kind'][] = ['price', 'inventory'];

/** `{ kind: 'price', amount, currency }` or `{ kind: 'inventory', quantity }`. */
const newValue = v.pipe(
  object({
    kind: field(asKnown(KINDS), 'must be "price" or "inventory"'),
    amount: v.optional(amount),
    currency: v.optional(currency),
    quantity: v.optional(amount),
  }),
  v.rawTransform<{ kind: InteractionNewValue['kind']; amount?: number; currency?: string; quantity?: number }, InteractionNewValue>(
    ({ dataset: { value: input }, addIssue, NEVER }) => {
      const { kind, amount, currency, quantity } = input;
      if (kind === 'inventory' && quantity !== undefined) return { kind, quantity };
      if (kind === 'price' && amount !== undefined && currency !== undefined) return { kind, amount, currency };
      const key = kind === 'inventory' ? 'quantity' : amount === undefined ? 'amount' : 'currency';
      addIssue({ message: 'is missing', path: [{ type: 'object', origin: 'key', input, key, value: undefined }] });
      return NEVER;
    },
  ),
);

const interaction = object({
  id,
  startDate: date,
  origin,
  result: field(asKnownOrRaw(INTERACTION_RESULTS), 'must be a non-empty string'),
  newValue: v.nullish(newValue),
  context: lenient(asKnown(CONTEXTS)),
  reportedStatus: lenient(normalizeOfferStatus),
});

const pageSchema = object({
  items: v.array(interaction, 'must be an array'),
  total: count,
  page: field(asNumber(1, true), 'must be a positive integer'),
  pageSize: field(asNumber(1, true), 'must be a positive integer'),
});

// ---------------------------------------------------------------------------

/** `[{key:'items'},{key:3},{key:'startDate'}]` → `items[3].startDate`. */
const pathOf = (issue: v.BaseIssue<unknown>): string =>
  (issue.path ?? []).reduce<string>(
    (path, item) =>
      typeof item.key === 'number' ? `${path}[${item.key}]` : `${path}${path ? '.' : ''}${String(item.key)}`,
    '',
  );

const parseWith = <S extends v.GenericSchema>(schema: S, what: string, input: unknown): v.InferOutput<S> => {
  let result: v.SafeParseResult<S>;
  try {
    result = v.safeParse(schema, input, { abortEarly: true });
  } catch (cause) {
    // A value whose getters or proxy traps throw (a host client's, not JSON): still an invalid response.
    throw new OfferManagementError('invalid-response', `Invalid ${what}: the response could not be read.`, { cause });
  }
  if (result.success) return result.output;
  const issue = result.issues[0];
  const path = pathOf(issue);
  // A missing key is reported by `v.object` with its own (English) text.
  const problem = issue.path?.at(-1)?.origin === 'key' ? 'is missing' : issue.message;
  throw new OfferManagementError(
    'invalid-response',
    `Invalid ${what}: ${path ? `${path} ${problem}` : `the response ${problem}`}.`,
    path ? { field: path } : {},
  );
};

/**
 * Validates an offer from any client: returns a fresh `Offer` holding only the
 * contract's fields, or throws `OfferManagementError('invalid-response')`
 * whose `field` (and message) names the offending field path.
 */
export function parseOffer(input: unknown): Offer {
  return parseWith(offerSchema, 'offer', input);
}

/**
 * Validates one page of interactions from any client: returns a fresh
 * `InteractionPage`, or throws `OfferManagementError('invalid-response')`
 * naming the offending field path (e.g. `items[3].startDate`).
 */
export function parseInteractionPage(input: unknown): InteractionPage {
  return parseWith(pageSchema, 'interaction page', input);
}
