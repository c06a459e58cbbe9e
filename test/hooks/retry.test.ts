import { describe, expect, it } from 'vitest';
import { offerRetryDelay, shouldRetryOfferError } from '../../src/hooks/retry';
import { omError } from './helpers';

describe('shouldRetryOfferError', () => {
  it.each([
    ['network', omError('network')],
    ['timeout', omError('timeout')],
    ['HTTP 500', omError('http', 500)],
    ['HTTP 502', omError('http', 502)],
    ['HTTP 503', omError('http', 503)],
    ['HTTP 429', omError('http', 429)],
    ['HTTP 429 with Retry-After 5 s', omError('http', 429, 5_000)],
  ])('retries %s up to 3 times', (_name, error) => {
    expect([0, 1, 2, 3].map((failures) => shouldRetryOfferError(failures, error))).toEqual([true, true, true, false]);
  });

  it.each([
    ['not-found', omError('not-found', 404)],
    ['unauthorized', omError('unauthorized', 401)],
    ['forbidden', omError('unauthorized', 403)],
    ['HTTP 400', omError('http', 400)],
    ['HTTP 409', omError('http', 409)],
    ['HTTP 422', omError('http', 422)],
    ['invalid-response', omError('invalid-response')],
    ['aborted', omError('aborted')],
    ['an HTTP error without a status', omError('http')],
    ['a Retry-After longer than a minute', omError('http', 503, 120_000)],
    ['something that is not an OfferManagementError', new Error('boom')],
  ])('never retries %s', (_name, error) => {
    expect(shouldRetryOfferError(0, error)).toBe(false);
  });
});

describe('offerRetryDelay', () => {
  it('backs off exponentially from 1 s, capped at 30 s', () => {
    const error = omError('network');
    expect([0, 1, 2, 3, 4, 5, 10].map((failures) => offerRetryDelay(failures, error))).toEqual([
      1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000,
    ]);
  });

  it("waits for the server's Retry-After when it sent one", () => {
    expect(offerRetryDelay(0, omError('http', 429, 7_000))).toBe(7_000);
    expect(offerRetryDelay(2, omError('http', 503, 0))).toBe(0);
  });
});
