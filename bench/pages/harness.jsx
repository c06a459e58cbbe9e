// Mounts a table page under measurement. `window.__bench` drives it from Playwright:
//   mount(n), filter(), unmount() each resolve { commit, paint } in ms, measured from just before the state
//   change (a flushSync'd setState, like a click) to the commit (the harness's useLayoutEffect, which runs after
//   every child's) and to the next painted frame (requestAnimationFrame, then a MessageChannel task after it).
import { useLayoutEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { filterSuccess, makeInteractions } from './data.js';

export function startHarness({ name, Table, Wrapper = ({ children }) => children }) {
  let setState;
  let t0 = 0;
  let commitAt = 0;

  function Harness() {
    const [state, set] = useState({ items: null, filtered: false, size: 0 });
    setState = set;
    useLayoutEffect(() => {
      commitAt = performance.now();
    }, [state]);
    if (!state.items) return null;
    const items = state.filtered ? filterSuccess(state.items) : state.items;
    return <Table items={items} filtered={state.filtered} size={state.size} />;
  }

  const nextPaint = () =>
    new Promise((resolve) => {
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
      });
    });

  async function measure(update) {
    await nextPaint(); // start from an idle frame
    t0 = performance.now();
    flushSync(() => setState(update));
    const paintAt = await nextPaint();
    return { commit: commitAt - t0, paint: paintAt - t0 };
  }

  const datasets = new Map();
  const data = (n) => {
    if (!datasets.has(n)) datasets.set(n, makeInteractions(n));
    return datasets.get(n);
  };

  createRoot(document.getElementById('root')).render(
    <Wrapper>
      <Harness />
    </Wrapper>,
  );

  window.__bench = {
    name,
    mount: (n) => {
      const items = data(n); // generated before t0
      return measure({ items, filtered: false, size: n });
    },
    filter: () => measure((s) => ({ ...s, filtered: true })),
    unmount: () => measure({ items: null, filtered: false, size: 0 }),
    // Logical rows: a windowed table (only the rows in view in the DOM) states its length in aria-rowcount
    // (header row included); otherwise the body rows, less aria-hidden ones (skeletons, spacers).
    rows: () => {
      const table = document.querySelector('table[aria-rowcount]');
      return table ? Number(table.getAttribute('aria-rowcount')) - 1 : document.querySelectorAll('tbody tr:not([aria-hidden="true"])').length;
    },
    domRows: () => document.querySelectorAll('tbody tr').length,
  };
  window.__benchReady = true;
}
