// The same interactions for every page: date, origin, new value, result. Deterministic; exactly half are
// `success`, so the "result = Success" filter halves the rows.
const ORIGINS = ['catalog', 'price', 'inventory'];
const OTHER_RESULTS = ['failure', 'notification', 'processing'];
// Recent dates (an hour ago and earlier, 7 min apart: 1,000 rows span ~5 days), so no row is past the ten-day
// retention whenever the bench runs.
const START = Math.floor(Date.now() / 60_000) * 60_000 - 3_600_000;

export function makeInteractions(count) {
  const items = [];
  for (let i = 0; i < count; i += 1) {
    const origin = ORIGINS[i % 3];
    const id = (0x1000000 + i).toString(16).toUpperCase().padStart(32, 'A');
    items.push({
      id,
      startDate: new Date(START - i * 7 * 60_000).toISOString(),
      origin,
      result: i % 2 === 0 ? 'success' : OTHER_RESULTS[(i >> 1) % 3],
      newValue:
        origin === 'price'
          ? { kind: 'price', amount: 79.9 + (i % 50), currency: 'BRL' }
          : origin === 'inventory'
            ? { kind: 'inventory', quantity: i % 40 }
            : undefined,
      context: 'ongoing',
    });
  }
  return items;
}

export const filterSuccess = (items) => items.filter((item) => item.result === 'success');

// Formatting shared by the pages that do not bring their own (plain, admin-ui, Polaris): created once.
const dateTime = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });
const money = new Map();
export const formatDate = (iso) => dateTime.format(new Date(iso));
export function formatNewValue(value) {
  if (!value) return '—';
  if (value.kind === 'inventory') return `${value.quantity} in stock`;
  let f = money.get(value.currency);
  if (!f) money.set(value.currency, (f = new Intl.NumberFormat('en', { style: 'currency', currency: value.currency })));
  return f.format(value.amount);
}
export const ORIGIN_LABEL = { catalog: 'Catalog', price: 'Price', inventory: 'Inventory' };
export const RESULT_LABEL = { success: 'Success', failure: 'Failure', notification: 'Notification', processing: 'Processing' };
