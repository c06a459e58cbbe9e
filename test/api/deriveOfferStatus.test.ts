import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveOfferStatus } from '../../src/api/deriveOfferStatus';
import type { StatusInteraction } from '../../src/api/deriveOfferStatus';
import type { OfferError } from '../../src/api/types';

const error: OfferError = {
  code: 'CTLG-006',
  externalCode: 'CTLG-006-002',
  title: 'Description too long',
  description: 'The description has 5,312 characters; the channel accepts 5,000.',
  origin: 'catalog',
  date: '2026-11-20T10:00:00.000Z',
  interactionId: '3D585672B15A418EBDFC4BC0E85120A5',
  closableOrigins: ['catalog'],
};

const at = (day: number, hour = 12): string => `2026-11-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00.000Z`;

function ix(result: string, startDate: string, extra: Partial<StatusInteraction> = {}): StatusInteraction {
  return { result, startDate, ...extra };
}

/** Every permutation of a small list (n ≤ 6). */
function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [items.slice()];
  const out: T[][] = [];
  items.forEach((item, i) => {
    const rest = [...items.slice(0, i), ...items.slice(i + 1)];
    for (const p of permutations(rest)) out.push([item, ...p]);
  });
  return out;
}

function expectInEveryOrder(interactions: StatusInteraction[], activeErrors: OfferError[] = []) {
  const results = new Set(permutations(interactions).map((p) => deriveOfferStatus({ interactions: p, activeErrors })));
  expect(results.size).toBe(1);
  return [...results][0];
}

describe('deriveOfferStatus', () => {
  describe('rule 1: active errors', () => {
    it('is error when the offer has an active error, whatever the interactions say', () => {
      expect(deriveOfferStatus({ interactions: [], activeErrors: [error] })).toBe('error');
      expect(
        deriveOfferStatus({ interactions: [ix('success', at(20), { reportedStatus: 'Synced' })], activeErrors: [error] }),
      ).toBe('error');
    });

    it('stays error while the fixing interaction is still being processed in setup (rule 1 before rule 2)', () => {
      const interactions = [ix('failure', at(20)), ix('processing', at(21), { context: 'setup' })];
      expect(deriveOfferStatus({ interactions, activeErrors: [error] })).toBe('error');
      expect(deriveOfferStatus({ interactions, activeErrors: [] })).toBe('sending');
    });

    it('beats a Disabled report (rule 1 before rule 3)', () => {
      const interactions = [ix('notification', at(21), { reportedStatus: 'Disabled' })];
      expect(deriveOfferStatus({ interactions, activeErrors: [error] })).toBe('error');
    });

    it('treats a missing activeErrors list as no errors', () => {
      expect(deriveOfferStatus({ interactions: [ix('success', at(20))] })).toBe('synched');
    });
  });

  describe('rule 2: first send in progress', () => {
    it('is sending when the latest interaction is processing in the setup context', () => {
      const interactions = [ix('success', at(10), { reportedStatus: 'Synced' }), ix('processing', at(11), { context: 'setup' })];
      expect(expectInEveryOrder(interactions)).toBe('sending');
    });

    it('is sending after a discard when the offer is re-sent (setup processing beats the older Disabled)', () => {
      const interactions = [
        ix('notification', at(10), { reportedStatus: 'Disabled' }),
        ix('processing', at(12), { context: 'setup' }),
      ];
      expect(expectInEveryOrder(interactions)).toBe('sending');
    });

    it('does not apply to an ongoing processing interaction: the latest settled one decides', () => {
      expect(
        expectInEveryOrder([ix('success', at(10)), ix('processing', at(11), { context: 'ongoing' })]),
      ).toBe('synched');
      expect(
        expectInEveryOrder([
          ix('notification', at(10), { reportedStatus: 'Disabled' }),
          ix('processing', at(11), { context: 'ongoing' }),
        ]),
      ).toBe('unavailable');
    });

    it('does not apply to a processing interaction without a context', () => {
      expect(expectInEveryOrder([ix('success', at(10)), ix('processing', at(11))])).toBe('synched');
    });

    it('does not apply when the setup processing is not the latest interaction', () => {
      expect(
        expectInEveryOrder([ix('processing', at(10), { context: 'setup' }), ix('success', at(11), { context: 'ongoing' })]),
      ).toBe('synched');
    });

    it('reads context case-insensitively', () => {
      expect(deriveOfferStatus({ interactions: [ix('success', at(1)), ix('Processing', at(2), { context: 'SETUP' })] })).toBe(
        'sending',
      );
    });
  });

  describe('rule 3: the latest settled interaction reports the status', () => {
    it('reads Disabled as unavailable', () => {
      expect(expectInEveryOrder([ix('success', at(10)), ix('notification', at(11), { reportedStatus: 'Disabled' })])).toBe(
        'unavailable',
      );
    });

    it.each([
      ['Synced', 'synched'],
      ['synced', 'synched'],
      ['SYNCHED', 'synched'],
      ['synched', 'synched'],
      ['Disabled', 'unavailable'],
      ['unavailable', 'unavailable'],
      ['Error', 'error'],
      ['sending', 'sending'],
    ] as const)('reads the reported status %s as %s', (reported, expected) => {
      expect(deriveOfferStatus({ interactions: [ix('success', at(10), { reportedStatus: reported })], activeErrors: [] })).toBe(
        expected,
      );
    });

    it('a later success that reports Synced brings a discarded offer back', () => {
      expect(
        expectInEveryOrder([
          ix('notification', at(10), { reportedStatus: 'Disabled' }),
          ix('success', at(11), { reportedStatus: 'Synced' }),
        ]),
      ).toBe('synched');
    });

    it('a later success or failure reporting no status means synched (it is the latest settled one)', () => {
      expect(expectInEveryOrder([ix('notification', at(10), { reportedStatus: 'Disabled' }), ix('success', at(11))])).toBe(
        'synched',
      );
      expect(expectInEveryOrder([ix('notification', at(10), { reportedStatus: 'Disabled' }), ix('failure', at(11))])).toBe(
        'synched',
      );
    });

    it('skips a later notification that reports no status (information only)', () => {
      expect(
        expectInEveryOrder([
          ix('notification', at(10), { reportedStatus: 'Disabled' }),
          ix('notification', at(11)),
          ix('notification', at(12), { reportedStatus: '' }),
        ]),
      ).toBe('unavailable');
    });

    it('ignores processing interactions when looking for the latest settled one', () => {
      expect(
        expectInEveryOrder([
          ix('notification', at(10), { reportedStatus: 'Disabled' }),
          ix('processing', at(11), { context: 'ongoing', reportedStatus: 'Synced' }),
        ]),
      ).toBe('unavailable');
    });

    it('ignores unknown reported statuses (as if none were reported)', () => {
      expect(
        expectInEveryOrder([ix('notification', at(10), { reportedStatus: 'Disabled' }), ix('notification', at(11), { reportedStatus: 'paused' })]),
      ).toBe('unavailable');
      expect(
        expectInEveryOrder([ix('notification', at(10), { reportedStatus: 'Disabled' }), ix('success', at(11), { reportedStatus: 'active' })]),
      ).toBe('synched');
    });

    it('an older reported status does not win over a newer settled interaction', () => {
      expect(
        expectInEveryOrder([
          ix('success', at(9), { reportedStatus: 'Disabled' }),
          ix('notification', at(10), { reportedStatus: 'Synced' }),
        ]),
      ).toBe('synched');
    });
  });

  describe('rule 4: fallbacks', () => {
    it('is sending with no interactions at all', () => {
      expect(deriveOfferStatus({ interactions: [], activeErrors: [] })).toBe('sending');
    });

    it('is sending when the only interactions are still processing (any context)', () => {
      expect(expectInEveryOrder([ix('processing', at(10), { context: 'ongoing' }), ix('processing', at(9))])).toBe('sending');
    });

    it('is synched when the only settled interactions are notifications reporting nothing', () => {
      expect(expectInEveryOrder([ix('notification', at(10)), ix('notification', at(11))])).toBe('synched');
    });

    it('is synched after a settled failure whose errors were cleared', () => {
      expect(expectInEveryOrder([ix('failure', at(10)), ix('success', at(11))])).toBe('synched');
    });
  });

  describe('order and dates', () => {
    it('compares dates as instants, not as text (time zones, precision)', () => {
      // 10:00-03:00 is 13:00Z: later than 12:30Z although it sorts first as text.
      const interactions = [
        ix('notification', '2026-11-20T12:30:00Z', { reportedStatus: 'Synced' }),
        ix('notification', '2026-11-20T10:00:00-03:00', { reportedStatus: 'Disabled' }),
      ];
      expect(expectInEveryOrder(interactions)).toBe('unavailable');
      const precise = [
        ix('notification', '2026-11-20T12:00:00.5Z', { reportedStatus: 'Disabled' }),
        ix('notification', '2026-11-20T12:00:00.25Z', { reportedStatus: 'Synced' }),
      ];
      expect(expectInEveryOrder(precise)).toBe('unavailable');
    });

    it('counts unparseable dates as the oldest', () => {
      expect(
        expectInEveryOrder([
          ix('notification', 'not a date', { reportedStatus: 'Synced' }),
          ix('notification', at(1), { reportedStatus: 'Disabled' }),
        ]),
      ).toBe('unavailable');
      expect(
        expectInEveryOrder([ix('processing', '', { context: 'setup' }), ix('success', at(1), { reportedStatus: 'Synced' })]),
      ).toBe('synched');
    });

    it('breaks ties on equal start dates by id, whatever the order', () => {
      const same = at(15);
      const interactions = [
        ix('notification', same, { id: 'AAAA', reportedStatus: 'Synced' }),
        ix('notification', same, { id: 'BBBB', reportedStatus: 'Disabled' }),
      ];
      expect(expectInEveryOrder(interactions)).toBe('unavailable');
      const swapped = [
        ix('notification', same, { id: 'BBBB', reportedStatus: 'Synced' }),
        ix('notification', same, { id: 'AAAA', reportedStatus: 'Disabled' }),
      ];
      expect(expectInEveryOrder(swapped)).toBe('synched');
    });

    it('breaks ties without ids by a fixed ranking (processing counts as the newest)', () => {
      const same = at(15);
      expect(
        expectInEveryOrder([ix('success', same), ix('processing', same, { context: 'setup' }), ix('notification', same)]),
      ).toBe('sending');
      expect(
        expectInEveryOrder([
          ix('notification', same, { reportedStatus: 'Synced' }),
          ix('notification', same, { reportedStatus: 'Disabled' }),
          ix('notification', same),
        ]),
      ).toBe(expectInEveryOrder([ix('notification', same, { reportedStatus: 'Disabled' }), ix('notification', same, { reportedStatus: 'Synced' })]));
    });

    it('ignores interactions with an unknown result', () => {
      expect(expectInEveryOrder([ix('notification', at(1), { reportedStatus: 'Disabled' }), ix('exploded', at(2))])).toBe(
        'unavailable',
      );
      expect(deriveOfferStatus({ interactions: [ix('exploded', at(2), { reportedStatus: 'Synced' })] })).toBe('sending');
    });

    it('does not mutate its input', () => {
      const interactions = Object.freeze([ix('success', at(2)), ix('failure', at(1))]);
      expect(deriveOfferStatus({ interactions, activeErrors: Object.freeze([]) })).toBe('synched');
    });

    it('gives the same status for every order of random interaction lists (property)', () => {
      const arbInteraction = fc.record(
        {
          id: fc.constantFrom('A1', 'B2', 'C3'),
          startDate: fc.constantFrom(at(1), at(2), at(2, 13), '2026-11-02T10:00:00-03:00', 'garbage', ''),
          result: fc.constantFrom('success', 'failure', 'notification', 'processing', 'weird'),
          context: fc.constantFrom('setup', 'ongoing'),
          reportedStatus: fc.constantFrom('Synced', 'Disabled', 'error', 'sending', 'paused', ''),
        },
        { requiredKeys: ['startDate', 'result'] },
      );
      fc.assert(
        fc.property(
          fc.array(arbInteraction, { maxLength: 8 }),
          fc.infiniteStream(fc.nat()),
          fc.boolean(),
          (interactions, randoms, hasError) => {
            const activeErrors = hasError ? [error] : [];
            const expected = deriveOfferStatus({ interactions, activeErrors });
            const shuffled = [...interactions];
            const it = randoms[Symbol.iterator]();
            for (let i = shuffled.length - 1; i > 0; i -= 1) {
              const j = (it.next().value as number) % (i + 1);
              [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
            }
            expect(deriveOfferStatus({ interactions: shuffled, activeErrors })).toBe(expected);
            expect(deriveOfferStatus({ interactions: [...interactions].reverse(), activeErrors })).toBe(expected);
          },
        ),
        { numRuns: 300, seed: 20261127 },
      );
    });
  });
});
