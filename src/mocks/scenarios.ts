import type { OfferRef } from '../api/types';
import { mockOfferRefs, scenarioOfferRefs } from './database';

/** A situation any story or test can put the mocked API in. */
export type MockScenario =
  | 'synched'
  | 'error'
  | 'unavailable'
  | 'sending'
  | 'many-errors'
  | 'no-interactions'
  | 'many-interactions'
  | 'slow'
  | 'not-found'
  | 'unauthorized'
  | 'server-error'
  | 'network-error'
  | 'malformed';

export const mockScenarios: readonly MockScenario[] = Object.freeze([
  'synched',
  'error',
  'unavailable',
  'sending',
  'many-errors',
  'no-interactions',
  'many-interactions',
  'slow',
  'not-found',
  'unauthorized',
  'server-error',
  'network-error',
  'malformed',
]);

/** Scenarios answered with data from a seeded offer. */
export type MockDataScenario = Exclude<MockScenario, MockFailureScenario | 'slow'>;
/** Scenarios answered with a failure, whatever the offer. */
export type MockFailureScenario = 'not-found' | 'unauthorized' | 'server-error' | 'network-error' | 'malformed';

/**
 * Refs the default handlers answer with each scenario: point the page at one of them to see it.
 * (`not-found` is simply an offer the database does not have.)
 */
export const mockScenarioRefs: Readonly<Record<MockScenario, Readonly<OfferRef>>> = Object.freeze({
  synched: mockOfferRefs.synched,
  error: mockOfferRefs.error,
  unavailable: mockOfferRefs.unavailable,
  sending: mockOfferRefs.sending,
  'many-errors': scenarioOfferRefs['many-errors'],
  'no-interactions': scenarioOfferRefs['no-interactions'],
  'many-interactions': scenarioOfferRefs['many-interactions'],
  slow: scenarioOfferRefs.slow,
  'not-found': Object.freeze({ feedId: 'vtex.meli-classic', skuId: '9404' }),
  unauthorized: Object.freeze({ feedId: 'vtex.meli-classic', skuId: '9401' }),
  'server-error': Object.freeze({ feedId: 'vtex.meli-classic', skuId: '9500' }),
  'network-error': Object.freeze({ feedId: 'vtex.meli-classic', skuId: '9000' }),
  malformed: Object.freeze({ feedId: 'vtex.meli-classic', skuId: '9422' }),
});

export const isFailureScenario = (scenario: MockScenario): scenario is MockFailureScenario =>
  scenario === 'not-found' ||
  scenario === 'unauthorized' ||
  scenario === 'server-error' ||
  scenario === 'network-error' ||
  scenario === 'malformed';

/** The scenario the default handlers play for `ref`, if `ref` is one of `mockScenarioRefs`. */
export function scenarioForRef(ref: OfferRef): MockScenario | undefined {
  return mockScenarios.find((s) => mockScenarioRefs[s].feedId === ref.feedId && mockScenarioRefs[s].skuId === ref.skuId);
}
