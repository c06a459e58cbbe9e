import type { InteractionOrigin, InteractionResult, OfferSyncStatus } from '../api/types';
import type { OfferManagementErrorKind } from '../api/errors';

/** The locales with a complete catalogue (the provider's `locale` prop). */
export type { OfferLocale } from '../hooks/context';

/**
 * A message that depends on a count, chosen with `Intl.PluralRules` (`other` is required). `zero`, when given,
 * is used for exactly 0 whatever the locale's rules. `{count}` is replaced by the formatted count.
 */
export interface PluralMessage {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

/** An error kind shown to sellers (the client's kinds, plus `unknown` for anything else thrown). */
export type LoadErrorKind = OfferManagementErrorKind | 'unknown';

/** Every visible string of the library, nested by component. `{name}` placeholders are interpolated. */
export interface OfferMessages {
  common: {
    /** Offer status labels. */
    status: Record<OfferSyncStatus, string>;
    /** Interaction result labels. */
    result: Record<InteractionResult, string>;
    /** Origin labels (Catalog / Price / Inventory). */
    origin: Record<InteractionOrigin, string>;
    /** Retry button of error states. */
    retry: string;
    /** Generic loading announcement. */
    loading: string;
    /** Accessible name of a copy button: `{label}` is what is copied ("Copy ID on VTEX"). */
    copy: string;
    /** Polite announcement after a successful copy. */
    copied: string;
    /** Announcement when the clipboard refused. */
    copyFailed: string;
    /** Label of the placeholder shown instead of an image that cannot be loaded. */
    noImage: string;
    /** Shown for a missing value. */
    notAvailable: string;
    /** Error states, per error kind. */
    loadError: {
      title: Record<LoadErrorKind, string>;
      description: Record<LoadErrorKind, string>;
      /** Extra line for HTTP errors: `{status}`. */
      httpStatus: string;
    };
  };
  header: {
    /** Landmark / region label of the header. */
    label: string;
    idOnVtex: string;
    idOnChannel: string;
    /** Shown as the ID on channel before the channel assigns one. */
    notAssigned: string;
    /** Label before the channel name. */
    channel: string;
    /** Label before the status badge. */
    status: string;
    /** Alt text of the offer image: `{name}`. */
    imageAlt: string;
    /** Alt text of the channel logo: `{channel}`. */
    channelLogoAlt: string;
    /** The Edit menu button. */
    edit: string;
    editInformation: string;
    editPrice: string;
    editInventory: string;
    /** Accessible label of the loading skeleton. */
    loading: string;
  };
  status: {
    /** Heading of the status block. */
    title: string;
    /** Short explanation per status (from the help article). */
    description: Record<OfferSyncStatus, string>;
    /** Polite announcement of the current status: `{status}`. */
    announcement: string;
    /** Heading above the error list: `{count}`. */
    errorCount: PluralMessage;
    /** Last update line: `{date}`. */
    updatedAt: string;
    /** Accessible label of the loading skeleton. */
    loading: string;
  };
  errors: {
    /** Accessible name of the list. */
    listLabel: string;
    /** Empty state title. */
    empty: string;
    /** Empty state text. */
    emptyDescription: string;
    date: string;
    code: string;
    externalCode: string;
    description: string;
    origin: string;
    /** The action that fixes an error of each origin. */
    action: Record<InteractionOrigin, string>;
    viewInteraction: string;
    /** Replaces "View interaction" for errors older than ten days. */
    interactionExpired: string;
    /** Summary of the list: `{count}`. */
    count: PluralMessage;
  };
  table: {
    /** Table caption. */
    caption: string;
    columns: { date: string; origin: string; newValue: string; result: string };
    filters: {
      /** Accessible name of the filter group. */
      label: string;
      origin: string;
      result: string;
      /** Button text when values are selected: `{count}`. */
      selected: PluralMessage;
      all: string;
      clear: string;
      apply: string;
      /** Accessible name of a filter button with values selected: `{filter}`, `{selected}` ("Origin, 2 selected"). */
      activeLabel: string;
    };
    /** Items-per-page selector label. */
    pageSize: string;
    /** "1–25 of 5,000": `{start}`, `{end}`, `{total}` (already formatted). */
    range: string;
    /** Pagination landmark label. */
    pagination: string;
    previousPage: string;
    nextPage: string;
    /** "Page 2 of 200": `{page}`, `{pages}`. */
    pageOf: string;
    /** Empty state with no filters. */
    empty: string;
    emptyDescription: string;
    /** Empty state when filters exclude everything. */
    emptyFiltered: string;
    emptyFilteredDescription: string;
    /** Accessible name of a row's link: `{origin}`, `{date}`. */
    viewInteraction: string;
    /** Stock value: `{count}` units. */
    inventoryValue: PluralMessage;
    /** Accessible label while loading. */
    loading: string;
    /** Polite announcement of the number of results: `{count}`. */
    resultsCount: PluralMessage;
    /** Pagination text when no row is shown: `{total}` ("0 of 0"). */
    rangeEmpty: string;
    firstPage: string;
    lastPage: string;
    /** Polite announcement of the rows shown: `{range}` ("Showing 1–25 of 5,000"). */
    showing: string;
    /** Shown while the next page loads. */
    fetching: string;
    /** Accessible text of an empty New value cell. */
    noValue: string;
    /** Beside the date of an interaction older than ten days, whose details are gone (no link then). */
    detailsExpired: string;
    /** The page asked for is past the last one: `{page}`, `{pages}`. */
    outOfRange: string;
    goToLastPage: string;
  };
  page: {
    title: string;
    /** Interactions section heading / tab. */
    interactions: string;
    /** Note about retention. */
    retention: string;
    loading: string;
  };
}

/** `OfferMessages['common']` without `loadError` (the `common` message group; `loadError` is a group of its own). @internal */
export type CommonMessages = Omit<OfferMessages['common'], 'loadError'>;

/** `OfferMessages['common']['loadError']` (the `loadError` message group). @internal */
export type LoadErrorMessages = OfferMessages['common']['loadError'];

/** The message groups: each component imports the English text of the groups it renders, and only those. @internal */
export interface OfferMessageGroups {
  common: CommonMessages;
  loadError: LoadErrorMessages;
  header: OfferMessages['header'];
  status: OfferMessages['status'];
  errors: OfferMessages['errors'];
  table: OfferMessages['table'];
  page: OfferMessages['page'];
}

/** The name of a message group. @internal */
export type OfferMessageGroupKey = keyof OfferMessageGroups;
