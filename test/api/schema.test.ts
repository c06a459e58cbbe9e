import { describe, expect, it } from 'vitest';
import { OfferManagementError } from '../../src/api/errors';
import { parseInteractionPage, parseOffer } from '../../src/api/schema';
import type { InteractionPage, Offer } from '../../src/api/types';

const validOffer = (): Record<string, unknown> => ({
  feedId: 'vtex.meli-classic',
  skuId: '1234',
  externalOfferId: 'MLB3456789012',
  name: 'Running shoe Ultra 42',
  imageUrl: 'https://example.com/shoe.jpg',
  channel: { name: 'Mercado Libre Classic', logoUrl: 'https://example.com/meli.png' },
  status: 'error',
  price: { amount: 79.99, currency: 'BRL' },
  inventory: 33,
  updatedAt: '2026-11-20T10:15:00.000Z',
  errors: [
    {
      code: 'CTLG-006',
      externalCode: 'CTLG-006-001',
      title: 'Description too long',
      description: 'The description has more than 5000 characters.',
      origin: 'catalog',
      date: '2026-11-20T10:14:00.000Z',
      interactionId: '3D585672B15A418EBDFC4BC0E85120A5',
      closableOrigins: ['catalog'],
    },
  ],
});

const validInteraction = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: '3D585672B15A418EBDFC4BC0E85120A5',
  startDate: '2026-11-20T10:14:00.000Z',
  origin: 'price',
  result: 'success',
  newValue: { kind: 'price', amount: 79.99, currency: 'BRL' },
  ...over,
});

const validPage = (): Record<string, unknown> => ({
  items: [
    validInteraction(),
    validInteraction({ id: 'A1', origin: 'inventory', newValue: { kind: 'inventory', quantity: 33 } }),
    validInteraction({ id: 'A2', origin: 'catalog', result: 'failure', newValue: undefined }),
  ],
  total: 3,
  page: 1,
  pageSize: 25,
});

/** Runs `parse` expecting an invalid-response error, and returns it. */
function invalid(parse: () => unknown): OfferManagementError {
  try {
    parse();
  } catch (error) {
    expect(error).toBeInstanceOf(OfferManagementError);
    expect((error as OfferManagementError).kind).toBe('invalid-response');
    return error as OfferManagementError;
  }
  throw new Error('expected the parse to fail');
}

/** Expects `parse` to fail naming `field` in both the error's `field` and its message. */
function expectInvalidField(parse: () => unknown, field: string) {
  const error = invalid(parse);
  expect(error.field).toBe(field);
  expect(error.message).toContain(field);
}

const withOffer = (edit: (o: Record<string, unknown>) => void) => {
  const o = validOffer();
  edit(o);
  return o;
};
const withPage = (edit: (p: Record<string, unknown> & { items: Record<string, unknown>[] }) => void) => {
  const p = validPage() as Record<string, unknown> & { items: Record<string, unknown>[] };
  edit(p);
  return p;
};

describe('parseOffer', () => {
  it('returns a valid offer unchanged in content, as a fresh object', () => {
    const input = validOffer();
    const offer = parseOffer(input);
    expect(offer).toStrictEqual(input);
    expect(offer).not.toBe(input);
    expect(offer.channel).not.toBe(input.channel);
    expect(offer.errors).not.toBe(input.errors);
  });

  it('gives an equal result when its own output is validated again', () => {
    const loose = withOffer((o) => {
      o.status = 'Synced';
      o.price = { amount: '79.99', currency: 'brl' };
      o.inventory = '33';
      o.errors = [{ ...(validOffer().errors as object[])[0], origin: 'Marketplace', externalCode: null }];
    });
    const once = parseOffer(loose);
    expect(parseOffer(once)).toStrictEqual(once);
  });

  it('drops unknown fields at every level', () => {
    const offer = parseOffer(
      withOffer((o) => {
        o.extra = 1;
        o.channel = { name: 'Netshoes', affiliateId: 'NTS' };
        o.price = { amount: 10, currency: 'BRL', listPrice: 12 };
        (o.errors as Record<string, unknown>[])[0]!.secret = 'x';
      }),
    );
    expect(offer).not.toHaveProperty('extra');
    expect(offer.channel).toStrictEqual({ name: 'Netshoes' });
    expect(offer.price).toStrictEqual({ amount: 10, currency: 'BRL' });
    expect(offer.errors[0]).not.toHaveProperty('secret');
  });

  describe('lenient where the API is loose', () => {
    it.each([
      ['Synced', 'synched'],
      ['synced', 'synched'],
      ['SYNCHED', 'synched'],
      ['synched', 'synched'],
      ['Error', 'error'],
      ['Disabled', 'unavailable'],
      ['unavailable', 'unavailable'],
      ['Sending', 'sending'],
    ])('reads status %j as %j', (raw, status) => {
      expect(parseOffer(withOffer((o) => (o.status = raw))).status).toBe(status);
    });

    it('reads numbers sent as strings', () => {
      const offer = parseOffer(
        withOffer((o) => {
          o.price = { amount: '79.99', currency: 'BRL' };
          o.inventory = ' 33 ';
        }),
      );
      expect(offer.price).toStrictEqual({ amount: 79.99, currency: 'BRL' });
      expect(offer.inventory).toBe(33);
      expect(parseOffer(withOffer((o) => (o.price = { amount: '.5', currency: 'BRL' }))).price?.amount).toBe(0.5);
      expect(parseOffer(withOffer((o) => (o.price = { amount: '1e3', currency: 'BRL' }))).price?.amount).toBe(1000);
    });

    it('accepts a zero price and zero inventory', () => {
      const offer = parseOffer(withOffer((o) => ((o.price = { amount: 0, currency: 'BRL' }), (o.inventory = '0'))));
      expect(offer.price?.amount).toBe(0);
      expect(offer.inventory).toBe(0);
    });

    it('upper-cases the currency code', () => {
      expect(parseOffer(withOffer((o) => (o.price = { amount: 1, currency: 'brl' }))).price?.currency).toBe('BRL');
    });

    it('reads null optional fields as absent', () => {
      const offer = parseOffer(
        withOffer((o) => {
          o.externalOfferId = null;
          o.imageUrl = null;
          o.channel = { name: 'Netshoes', logoUrl: null };
          o.price = null;
          o.inventory = null;
          (o.errors as Record<string, unknown>[])[0]!.externalCode = null;
          (o.errors as Record<string, unknown>[])[0]!.closableOrigins = null;
        }),
      );
      for (const key of ['externalOfferId', 'imageUrl', 'price', 'inventory']) expect(offer).not.toHaveProperty(key);
      expect(offer.channel).toStrictEqual({ name: 'Netshoes' });
      expect(offer.errors[0]).not.toHaveProperty('externalCode');
      expect(offer.errors[0]).not.toHaveProperty('closableOrigins');
    });

    it('reads an empty optional string as absent', () => {
      const offer = parseOffer(withOffer((o) => ((o.externalOfferId = ''), (o.imageUrl = ''))));
      expect(offer).not.toHaveProperty('externalOfferId');
      expect(offer).not.toHaveProperty('imageUrl');
    });

    it.each([
      ['missing', undefined],
      ['null', null],
    ])('reads errors %s as []', (_, value) => {
      const offer = parseOffer(
        withOffer((o) => {
          if (value === undefined) delete o.errors;
          else o.errors = value;
        }),
      );
      expect(offer.errors).toStrictEqual([]);
    });

    it('gives every parsed offer its own errors array', () => {
      const a = parseOffer(withOffer((o) => delete o.errors));
      const b = parseOffer(withOffer((o) => delete o.errors));
      expect(a.errors).not.toBe(b.errors);
    });

    it('keeps an unknown error origin as its raw text and lower-cases known ones', () => {
      const offer = parseOffer(
        withOffer((o) => {
          const first = (o.errors as Record<string, unknown>[])[0]!;
          o.errors = [{ ...first, origin: 'Marketplace' }, { ...first, origin: 'PRICE' }];
        }),
      );
      expect(offer.errors.map((e) => e.origin)).toStrictEqual(['Marketplace', 'price']);
    });

    it('keeps only known closable origins, lower-cased', () => {
      const offer = parseOffer(
        withOffer((o) => ((o.errors as Record<string, unknown>[])[0]!.closableOrigins = ['Catalog', 'warehouse', 'price'])),
      );
      expect(offer.errors[0]?.closableOrigins).toStrictEqual(['catalog', 'price']);
    });

    it('accepts numeric ids and turns them into strings', () => {
      const offer = parseOffer(
        withOffer((o) => {
          o.skuId = 1234;
          (o.errors as Record<string, unknown>[])[0]!.interactionId = 99;
        }),
      );
      expect(offer.skuId).toBe('1234');
      expect(offer.errors[0]?.interactionId).toBe('99');
    });
  });

  describe('strict elsewhere', () => {
    it.each(['feedId', 'skuId', 'name', 'channel', 'status', 'updatedAt'])('names the missing field %s', (key) => {
      const error = invalid(() => parseOffer(withOffer((o) => delete o[key])));
      expect(error.field).toBe(key);
      expect(error.message).toMatch(new RegExp(`${key} is missing`));
    });

    it.each(['code', 'title', 'description', 'origin', 'date', 'interactionId'])(
      'names the missing error field errors[1].%s',
      (key) => {
        const input = withOffer((o) => {
          const first = (o.errors as Record<string, unknown>[])[0]!;
          const second = { ...first };
          delete second[key];
          o.errors = [first, second];
        });
        expectInvalidField(() => parseOffer(input), `errors[1].${key}`);
      },
    );

    it('names channel.name when the channel has no name', () => {
      expectInvalidField(() => parseOffer(withOffer((o) => (o.channel = { logoUrl: 'https://x.y/z.png' }))), 'channel.name');
    });

    it.each([
      ['name', 42],
      ['name', null],
      ['channel', 'Netshoes'],
      ['channel', null],
      ['feedId', ''],
      ['feedId', {}],
      ['skuId', true],
      ['updatedAt', 1700000000000],
      ['updatedAt', 'yesterday'],
      ['updatedAt', ''],
      ['status', 'paused'],
      ['status', 1],
      ['status', null],
      ['inventory', -1],
      ['inventory', 'many'],
      ['inventory', ''],
      ['inventory', Number.NaN],
      ['inventory', Number.POSITIVE_INFINITY],
      ['inventory', true],
      ['inventory', '0x10'],
      ['inventory', '1_000'],
      ['errors', 'none'],
      ['errors', {}],
      ['imageUrl', 42],
      ['externalOfferId', {}],
      ['price', 79.99],
    ])('rejects %s = %j naming the field', (key, value) => {
      expectInvalidField(() => parseOffer(withOffer((o) => (o[key] = value))), key);
    });

    it.each([
      ['amount', '-1'],
      ['amount', -0.01],
      ['amount', 'NaN'],
      ['amount', Number.NaN],
      ['amount', 'Infinity'],
      ['amount', '79,99'],
      ['amount', '12abc'],
      ['amount', null],
      ['currency', 'R$'],
      ['currency', ''],
      ['currency', 986],
    ])('rejects price.%s = %j', (key, value) => {
      expectInvalidField(
        () => parseOffer(withOffer((o) => (o.price = { ...(o.price as object), [key]: value }))),
        `price.${key}`,
      );
    });

    it('names price.currency when the price has no currency', () => {
      expectInvalidField(() => parseOffer(withOffer((o) => (o.price = { amount: 1 }))), 'price.currency');
    });

    it('names the date of an error that is not a date', () => {
      expectInvalidField(
        () => parseOffer(withOffer((o) => ((o.errors as Record<string, unknown>[])[0]!.date = '31/02/2026 noon'))),
        'errors[0].date',
      );
    });

    it.each([[null], ['offer'], [42], [[]]])('rejects a body of %j', (body) => {
      const error = invalid(() => parseOffer(body));
      expect(error.message).toMatch(/invalid offer/i);
    });
  });
});

describe('parseInteractionPage', () => {
  it('returns a valid page unchanged in content, as a fresh object', () => {
    const input = validPage();
    const page = parseInteractionPage(input);
    expect(page).toStrictEqual({
      ...input,
      items: (input.items as Record<string, unknown>[]).map(({ newValue, ...rest }) =>
        newValue === undefined ? rest : { ...rest, newValue },
      ),
    });
    expect(page).not.toBe(input);
    expect(page.items).not.toBe(input.items);
  });

  it('gives an equal result when its own output is validated again', () => {
    const once: InteractionPage = parseInteractionPage(
      withPage((p) => {
        p.total = '3';
        p.items[0] = validInteraction({ origin: 'Price', result: 'Rollback', context: 'Setup', reportedStatus: 'Synced' });
        p.items[1] = validInteraction({ newValue: { kind: 'inventory', quantity: '7' } });
      }),
    );
    expect(parseInteractionPage(once)).toStrictEqual(once);
  });

  describe('lenient where the API is loose', () => {
    it('reads total, page, pageSize and new values sent as strings', () => {
      const page = parseInteractionPage(
        withPage((p) => {
          p.total = '120';
          p.page = '2';
          p.pageSize = '25';
          p.items[0] = validInteraction({ newValue: { kind: 'price', amount: '79.99', currency: 'BRL' } });
          p.items[1] = validInteraction({ newValue: { kind: 'inventory', quantity: '33' } });
        }),
      );
      expect([page.total, page.page, page.pageSize]).toStrictEqual([120, 2, 25]);
      expect(page.items[0]?.newValue).toStrictEqual({ kind: 'price', amount: 79.99, currency: 'BRL' });
      expect(page.items[1]?.newValue).toStrictEqual({ kind: 'inventory', quantity: 33 });
    });

    it('keeps unknown origin and result values as their raw text, lower-cases known ones', () => {
      const page = parseInteractionPage(
        withPage((p) => {
          p.items = [
            validInteraction({ origin: 'Fulfillment', result: 'Rollback' }),
            validInteraction({ origin: 'INVENTORY', result: 'Failure' }),
            validInteraction({ origin: 'catalog', result: 'notification' }),
            validInteraction({ origin: 'Price', result: 'PROCESSING' }),
          ];
        }),
      );
      expect(page.items.map((i) => [i.origin, i.result])).toStrictEqual([
        ['Fulfillment', 'Rollback'],
        ['inventory', 'failure'],
        ['catalog', 'notification'],
        ['price', 'processing'],
      ]);
    });

    it('reads null newValue as absent', () => {
      const page = parseInteractionPage(withPage((p) => (p.items = [validInteraction({ newValue: null })])));
      expect(page.items[0]).not.toHaveProperty('newValue');
    });

    it('keeps known context and reported status, normalised, and drops unknown ones', () => {
      const page = parseInteractionPage(
        withPage((p) => {
          p.items = [
            validInteraction({ context: 'SETUP', reportedStatus: 'Disabled' }),
            validInteraction({ context: 'migration', reportedStatus: 'paused' }),
            validInteraction({ context: null, reportedStatus: null }),
          ];
        }),
      );
      expect(page.items[0]).toMatchObject({ context: 'setup', reportedStatus: 'unavailable' });
      for (const item of page.items.slice(1)) {
        expect(item).not.toHaveProperty('context');
        expect(item).not.toHaveProperty('reportedStatus');
      }
    });

    it('accepts an empty page', () => {
      expect(parseInteractionPage({ items: [], total: 0, page: 1, pageSize: 25 })).toStrictEqual({
        items: [],
        total: 0,
        page: 1,
        pageSize: 25,
      });
    });

    it('accepts a numeric interaction id', () => {
      expect(parseInteractionPage(withPage((p) => (p.items = [validInteraction({ id: 7 })]))).items[0]?.id).toBe('7');
    });
  });

  describe('strict elsewhere', () => {
    it.each([
      ['missing', undefined],
      ['null', null],
      ['an object', { 0: {} }],
      ['a string', 'none'],
    ])('rejects items that are %s', (_, value) => {
      expectInvalidField(
        () =>
          parseInteractionPage(
            withPage((p) => {
              if (value === undefined) delete (p as Record<string, unknown>).items;
              else (p as Record<string, unknown>).items = value;
            }),
          ),
        'items',
      );
    });

    it.each(['total', 'page', 'pageSize'])('names the missing field %s', (key) => {
      expectInvalidField(() => parseInteractionPage(withPage((p) => delete p[key])), key);
    });

    it.each([
      ['total', -1],
      ['total', 1.5],
      ['total', 'lots'],
      ['page', 0],
      ['page', '0'],
      ['pageSize', -25],
      ['pageSize', Number.NaN],
    ])('rejects %s = %j', (key, value) => {
      expectInvalidField(() => parseInteractionPage(withPage((p) => (p[key] = value))), key);
    });

    it.each(['id', 'startDate', 'origin', 'result'])('names the missing field items[3].%s', (key) => {
      const input = withPage((p) => {
        const broken = validInteraction();
        delete broken[key];
        p.items.push(broken);
      });
      expectInvalidField(() => parseInteractionPage(input), `items[3].${key}`);
    });

    it.each([
      ['startDate', 'not a date'],
      ['startDate', 1700000000000],
      ['startDate', null],
      ['id', ''],
      ['id', null],
      ['origin', 42],
      ['origin', ''],
      ['result', null],
      ['newValue', 'R$ 79.99'],
    ])('rejects items[3].%s = %j', (key, value) => {
      const input = withPage((p) => p.items.push(validInteraction({ [key]: value })));
      expectInvalidField(() => parseInteractionPage(input), `items[3].${key}`);
    });

    it.each([
      [{ kind: 'discount', amount: 1, currency: 'BRL' }, 'items[0].newValue.kind'],
      [{ amount: 1, currency: 'BRL' }, 'items[0].newValue.kind'],
      [{ kind: 'price', amount: -5, currency: 'BRL' }, 'items[0].newValue.amount'],
      [{ kind: 'price', amount: 'abc', currency: 'BRL' }, 'items[0].newValue.amount'],
      [{ kind: 'price', currency: 'BRL' }, 'items[0].newValue.amount'],
      [{ kind: 'price', amount: 5 }, 'items[0].newValue.currency'],
      [{ kind: 'inventory', amount: 5 }, 'items[0].newValue.quantity'],
      [{ kind: 'inventory', quantity: -1 }, 'items[0].newValue.quantity'],
    ])('rejects newValue %j naming %s', (newValue, field) => {
      expectInvalidField(() => parseInteractionPage(withPage((p) => (p.items = [validInteraction({ newValue })]))), field);
    });

    it('says a missing nested field is missing', () => {
      const error = invalid(() =>
        parseInteractionPage(withPage((p) => (p.items = [validInteraction({ newValue: { kind: 'price', amount: 5 } })]))),
      );
      expect(error.message).toMatch(/items\[0\]\.newValue\.currency is missing/);
    });

    it.each([[null], [[]], ['page']])('rejects a body of %j', (body) => {
      expect(invalid(() => parseInteractionPage(body)).message).toMatch(/invalid interaction page/i);
    });
  });
});

// Keeps the fixture honest: it must type as the contract.
const _typed: Offer = parseOffer(validOffer());
void _typed;
