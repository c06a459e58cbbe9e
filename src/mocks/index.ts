/**
 * `@offer-management/react/mocks`: a seeded mock of the Offer Management API for stories, tests and demos.
 * Needs `msw` 2 (an optional peer dependency). React-free.
 *
 * @example Tests (msw/node):
 *   server.use(...createMockHandlers({ baseUrl: 'https://api.test', seed: 1 }));
 *   // then fetch `${baseUrl}/feeds/${feedId}/skus/${skuId}` for any of `mockOfferRefs` / `mockScenarioRefs`
 * @example A story in one scenario (msw-storybook-addon):
 *   beforeEach({ msw }) { msw.use(...createScenarioHandlers('slow', { group: 'interactions' })) }
 * @example Fixtures without HTTP:
 *   const offer = createMockDatabase({ now: Date.parse('2026-11-27T12:00:00Z') }).getOffer(mockOfferRefs.error);
 */
export {
  MOCK_BASE_URL,
  MOCK_SLOW_DELAY_MS,
  createMockHandlerGroups,
  createMockHandlers,
  createScenarioHandlers,
  handlers,
} from './handlers';
export type { MockHandlerGroup, MockHandlerGroups, MockHandlerOptions, ScenarioHandlerOptions } from './handlers';
export { DEFAULT_MOCK_SEED, createMockDatabase, mockOfferRefs } from './database';
export type { MockDatabase, MockDatabaseOptions } from './database';
export { mockScenarioRefs, mockScenarios } from './scenarios';
export type { MockScenario } from './scenarios';
export { mockChannels, mockErrorCatalogue } from './catalogue';
export type { MockChannel, MockErrorTemplate } from './catalogue';
