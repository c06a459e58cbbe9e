// The InteractionTable experiments, applied at build time to the CURRENT src/ files (src/ itself is never written):
// each is a few anchored text edits, so they follow the component as it changes, and fail loudly when an anchor
// is gone. `node bench/experiments.mjs --print` writes the patched files to .out/experiments/src for a diff.
//   static  rows as plain elements: Row, Cell, DateCell, RawText, RowLink, RowButton become thin forwardRef
//           components with class names, the result badge a plain <span>, and their CSS moves into `Table`
//           (styled-components then evaluates it once per table instead of once per cell)
//   window  above WINDOW_MIN_ROWS rows, only the rows in (and near) the scroll region's view are rendered
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ROOT, SRC } from './build.mjs';

export const IT = resolve(ROOT, 'src/components/InteractionTable');

function edit(source, file, pairs) {
  let out = source;
  for (const [from, to] of pairs) {
    const found = typeof from === 'string' ? out.includes(from) : from.test(out);
    if (!found) throw new Error(`bench experiments: ${file} changed, anchor not found: ${String(from).slice(0, 80)}`);
    out = out.replace(from, to);
  }
  return out;
}

const ROW_RULES = `
  & > tbody > tr[data-interactive] {
    cursor: pointer;
  }
  & > tbody > tr[data-interactive]:hover > td {
    background: \${tk((t) => t.colors.backgroundHover)};
  }
  & > tbody > tr > td {
    padding: \${tk((t) => t.space[3])} \${tk((t) => t.space[4])};
    border-bottom: 1px solid \${tk((t) => t.colors.border)};
    vertical-align: middle;
    overflow-wrap: break-word;
  }
  & > tbody > tr:last-child > td {
    border-bottom: 0;
  }
  & > tbody > tr > td.om-date {
    white-space: nowrap;
  }
  & .om-link {
    \${focusRing}
    padding: 0;
    border: 0;
    background: none;
    font: inherit;
    text-align: start;
    cursor: pointer;
    color: \${tk((t) => t.colors.link)};
    font-weight: \${tk((t) => t.typography.fontWeight.medium)};
    text-decoration: underline;
    text-underline-offset: 0.15em;
    border-radius: \${tk((t) => t.radii.sm)};
    &:hover {
      color: \${tk((t) => t.colors.accentHover)};
    }
  }
  & .om-raw {
    display: inline-block;
    min-width: 8rem;
    max-width: 20rem;
    overflow-wrap: anywhere;
  }
  & .om-badge {
    display: inline-flex;
    align-items: center;
    gap: \${tk((t) => t.space[1])};
    max-width: 100%;
    padding: \${tk((t) => t.space[0.5])} \${tk((t) => t.space[2])};
    border-radius: \${tk((t) => t.radii.full)};
    border: 1px solid transparent;
    font-size: \${tk((t) => t.typography.fontSize.caption)};
    line-height: \${tk((t) => t.typography.lineHeight.caption)};
    font-weight: \${tk((t) => t.typography.fontWeight.medium)};
    white-space: nowrap;
    vertical-align: middle;
    & > svg {
      flex: none;
    }
    & > span {
      overflow: hidden;
      text-overflow: ellipsis;
    }
  }
  \${({ theme }) =>
    ['success', 'critical', 'warning', 'info', 'neutral']
      .map((tone) => {
        const c = __themeFrom(theme).colors.tones[tone];
        return \`& .om-badge[data-tone='\${tone}'] { border-color: \${c.border}; background: \${c.background}; color: \${c.text}; } & .om-badge[data-tone='\${tone}'] > svg { color: \${c.icon}; }\`;
      })
      .join('\\n')}
`;

const THIN = `
import { createElement as __h, forwardRef as __fr } from 'react';
import { themeFrom as __themeFrom } from '../../theme/ThemeScope';
import { resultAppearance as __appearance } from '../shared/StatusBadge';
import { IconQuestion as __IconQuestion } from '../shared/icons';
import { useOfferMessages as __useOfferMessages } from '../../i18n/hooks';
const __thin = (tag, base, drop = []) =>
  __fr(function Thin({ className, ...props }, ref) {
    for (const key of drop) delete props[key];
    return __h(tag, { ...props, ref, className: base && className ? base + ' ' + className : base || className });
  });
export const Row = __fr(function Row({ $interactive, ...props }, ref) {
  return __h('tr', { ...props, ref, 'data-interactive': $interactive ? '' : undefined });
});
export const Cell = __thin('td', '');
export const DateCell = __thin('td', 'om-date');
export const RawText = __thin('span', 'om-raw');
export const RowLink = __thin('a', 'om-link');
export const RowButton = __thin('button', 'om-link');
export function RowStatusBadge({ result }) {
  const messages = __useOfferMessages();
  const known = Object.prototype.hasOwnProperty.call(__appearance, result);
  const { tone, Icon } = known ? __appearance[result] : { tone: 'neutral', Icon: __IconQuestion };
  return __h('span', { className: 'om-badge', 'data-tone': tone, 'data-value': result },
    __h(Icon, { size: 14 }), __h('span', null, known ? messages.common.result[result] : result));
}
`;

const WINDOW_HOOK = `
/** Above this many rows, only the rows in (and near) the scroll region's view are rendered. */
export const WINDOW_MIN_ROWS = 100;
const WINDOW_OVERSCAN = 8;
const ESTIMATED_ROW_PX = 45;

/** Which rows of \`count\` to render for the region's scroll position (all of them up to WINDOW_MIN_ROWS). */
function useRowWindow(regionRef: { current: HTMLDivElement | null }, count: number) {
  const windowed = count > WINDOW_MIN_ROWS;
  const [view, setView] = useState({ top: 0, height: 0, rowPx: ESTIMATED_ROW_PX });
  const frame = useRef(0);
  const onScroll = useCallback(() => {
    if (frame.current) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = 0;
      const region = regionRef.current;
      if (!region) return;
      const row = region.querySelector<HTMLTableRowElement>('tbody > tr[data-interaction-id]');
      const rowPx = row?.offsetHeight || ESTIMATED_ROW_PX;
      setView((v) =>
        v.top === region.scrollTop && v.height === region.clientHeight && v.rowPx === rowPx
          ? v
          : { top: region.scrollTop, height: region.clientHeight, rowPx },
      );
    });
  }, [regionRef]);
  if (!windowed) return { windowed, first: 0, last: count, rowPx: view.rowPx, onScroll: undefined };
  // Before the first scroll: the region is at most 70vh tall (its max-height).
  const viewport = view.height || (typeof window === 'undefined' ? 800 : window.innerHeight * 0.7);
  const first = Math.max(0, Math.floor(view.top / view.rowPx) - WINDOW_OVERSCAN);
  const last = Math.min(count, Math.ceil((view.top + viewport) / view.rowPx) + WINDOW_OVERSCAN);
  return { windowed, first, last, rowPx: view.rowPx, onScroll };
}

`;

const TRANSFORMS = {
  static: {
    'InteractionTable.styles.ts': (s, f) =>
      edit(s, f, [
        ...['Row', 'Cell', 'DateCell', 'RawText', 'RowLink', 'RowButton'].map((name) => [
          new RegExp(`export const ${name} = styled`),
          `const ${name}__styled = styled`,
        ]),
        ['styled(Cell)', 'styled(Cell__styled)'],
        ['export const Table = styled.table`\n', `export const Table = styled.table\`\n${ROW_RULES}`],
        [/$/, THIN],
      ]),
    'InteractionRow.tsx': (s, f) =>
      edit(s, f, [["import { StatusBadge } from '../shared/StatusBadge';", "import { RowStatusBadge as StatusBadge } from './InteractionTable.styles';"]]),
  },
  window: {
    'InteractionTable.tsx': (s, f) =>
      edit(s, f, [
        [/\nexport const InteractionTable = forwardRef/, `\n${WINDOW_HOOK}export const InteractionTable = forwardRef`],
        [
          'const overflows = useOverflow(regionRef, [data, loading, showRows]);',
          `const overflows = useOverflow(regionRef, [data, loading, showRows]);
  const rowWindow = useRowWindow(regionRef, data?.items.length ?? 0);
  const spacer = (rows: number, key: string) =>
    rows > 0 ? (
      <tr key={key} aria-hidden="true">
        <td colSpan={4} style={{ height: rows * rowWindow.rowPx, padding: 0, border: 0 }} />
      </tr>
    ) : null;`,
        ],
        ['<ScrollRegion ref={regionRef}', '<ScrollRegion onScroll={rowWindow.onScroll} ref={regionRef}'],
        ['<Table aria-busy=', '<Table aria-rowcount={rowWindow.windowed && data ? data.items.length + 1 : undefined} aria-busy='],
        [/: rowKeys\(data\.items\)\.map\(/, ": [spacer(rowWindow.first, 'before'), ...rowKeys(data.items).slice(rowWindow.first, rowWindow.last).map("],
        [/\}\)\}(\s*<\/tbody>)/, "}), spacer(data.items.length - rowWindow.last, 'after')]}$1"],
      ]),
  },
};

// `ro` (useOverflow measuring in its ResizeObserver callback) landed in src/ at 08:10 and left the list.
export const VARIANTS = { src: [], static: ['static'], window: ['static', 'window'] };

/** The patched text of `file` (a name in src/components/InteractionTable) for these experiments, or undefined. */
export async function patched(names, file) {
  const steps = names.map((n) => TRANSFORMS[n][file]).filter(Boolean);
  if (!steps.length) return undefined;
  let text = await readFile(resolve(IT, file), 'utf8');
  for (const step of steps) text = step(text, file);
  return text;
}

export const swapPlugin = (names) => ({
  name: 'experiments',
  setup(b) {
    b.onLoad({ filter: /src[\\/]components[\\/]InteractionTable[\\/][^\\/]+\.tsx?$/ }, async (args) => {
      const file = args.path.slice(IT.length + 1);
      const contents = await patched(names, file);
      return contents === undefined ? undefined : { contents, loader: file.endsWith('x') ? 'tsx' : 'ts', resolveDir: IT };
    });
  },
});

/** esbuild plugin: `@offer-management/react` from src/ (so the edits above apply) instead of dist/. Put it first. */
export const oursFromSrc = {
  name: 'ours-from-src',
  setup: (b) => b.onResolve({ filter: /^@offer-management\/react$/ }, () => ({ path: SRC })),
};
