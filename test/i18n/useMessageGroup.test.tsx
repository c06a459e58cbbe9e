import { render, renderHook, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { OfferManagementError } from '../../src/api/errors';
import type { InteractionPage, OfferManagementClient } from '../../src/api/types';
import { InteractionTable } from '../../src/components/InteractionTable';
import { OfferHeader, OfferHeaderSkeleton } from '../../src/components/OfferHeader';
import { OfferManagementProvider, type OfferManagementSettings } from '../../src/hooks/OfferManagementProvider';
import { esMessages, ptBRMessages } from '../../src/i18n';
import { enCommon } from '../../src/i18n/en/common';
import { enErrors } from '../../src/i18n/en/errors';
import { enHeader } from '../../src/i18n/en/header';
import { enLoadError } from '../../src/i18n/en/loadError';
import { enPage } from '../../src/i18n/en/page';
import { enStatus } from '../../src/i18n/en/status';
import { enTable } from '../../src/i18n/en/table';
import { useFormatters, useMessageGroup, useMessages } from '../../src/i18n/useMessageGroup';
import { interactions } from '../../stories/fixtures/interactions';
import { synchedOffer } from '../../stories/fixtures/offers';

const client: OfferManagementClient = {
  getOffer: () => Promise.reject(new Error('not used')),
  listInteractions: () => Promise.reject(new Error('not used')),
};
const page: InteractionPage = { items: interactions, total: 5000, page: 1, pageSize: 25 };
const noop = () => {};

function wrapper(settings: OfferManagementSettings) {
  return function Wrapper({ children }: { children?: ReactNode }) {
    return (
      <OfferManagementProvider client={client} timeZone="UTC" {...settings}>
        {children}
      </OfferManagementProvider>
    );
  };
}

/** Every group, read through `useMessageGroup`. */
function useAllGroups() {
  return {
    common: useMessageGroup('common', enCommon),
    loadError: useMessageGroup('loadError', enLoadError),
    header: useMessageGroup('header', enHeader),
    status: useMessageGroup('status', enStatus),
    errors: useMessageGroup('errors', enErrors),
    table: useMessageGroup('table', enTable),
    page: useMessageGroup('page', enPage),
  };
}

describe('useMessageGroup with no provider', () => {
  it('gives the English group passed in', () => {
    const { result } = renderHook(() => useAllGroups());
    expect(result.current.header).toBe(enHeader);
    expect(result.current.table).toBe(enTable);
    expect(result.current.loadError).toBe(enLoadError);
  });

  it('renders components in English', () => {
    render(<OfferHeaderSkeleton />);
    expect(screen.getByLabelText('Loading offer')).toBeInTheDocument();
  });

  it('keeps useMessages stable across renders', () => {
    const { result, rerender } = renderHook(() => useMessages({ common: enCommon, table: enTable }));
    const first = result.current;
    rerender();
    expect(result.current).toBe(first);
    expect(first.table).toBe(enTable);
    expect(first.common).toBe(enCommon);
  });
});

describe('useMessageGroup inside a provider', () => {
  it('gives the locale of the provider on the very first render', () => {
    const seen: string[] = [];
    renderHook(
      () => {
        seen.push(useMessageGroup('header', enHeader).idOnVtex);
      },
      { wrapper: wrapper({ locale: 'pt-BR' }) },
    );
    expect(seen[0]).toBe('ID na VTEX');
    expect(new Set(seen)).toEqual(new Set(['ID na VTEX']));
  });

  it('renders pt-BR and es without effects (server rendering runs none)', () => {
    const pt = renderToString(
      <OfferManagementProvider client={client} locale="pt-BR" timeZone="UTC">
        <InteractionTable data={page} query={{ page: 1, pageSize: 25 }} onQueryChange={noop} />
        <OfferHeader offer={synchedOffer} />
      </OfferManagementProvider>,
    );
    expect(pt).toContain(ptBRMessages.table.pageSize);
    expect(pt).toContain(ptBRMessages.header.idOnVtex);
    expect(pt).not.toContain(enTable.pageSize);
    const es = renderToString(
      <OfferManagementProvider client={client} locale="es">
        <OfferHeaderSkeleton />
      </OfferManagementProvider>,
    );
    expect(es).toContain(esMessages.header.loading);
  });

  it('gives the whole resolved group of each locale', () => {
    const { result } = renderHook(() => useAllGroups(), { wrapper: wrapper({ locale: 'es' }) });
    expect(result.current.table).toBe(esMessages.table);
    expect(result.current.loadError).toBe(esMessages.common.loadError);
    expect(result.current.common.retry).toBe(esMessages.common.retry);
  });

  it('sends a table override to the table group and to no other group', () => {
    const messages = { table: { caption: 'Histórico', filters: { clear: 'Limpar' } } };
    const { result } = renderHook(() => useAllGroups(), { wrapper: wrapper({ messages }) });
    expect(result.current.table.caption).toBe('Histórico');
    expect(result.current.table.filters.clear).toBe('Limpar');
    expect(result.current.table.filters.apply).toBe(enTable.filters.apply);
    expect(result.current.table.pageSize).toBe(enTable.pageSize);
    expect(result.current.header).toEqual(enHeader);
    expect(result.current.common).toEqual({ ...enCommon, loadError: enLoadError });
    expect(result.current.loadError).toEqual(enLoadError);
    expect(result.current.status).toEqual(enStatus);
    expect(result.current.errors).toEqual(enErrors);
    expect(result.current.page).toEqual(enPage);
  });

  it('shows a table override in the table and nowhere else', () => {
    const messages = { table: { caption: 'Histórico', columns: { origin: 'Fonte' } } };
    render(
      <>
        <InteractionTable data={page} query={{ page: 1, pageSize: 25 }} onQueryChange={noop} />
        <OfferHeader offer={synchedOffer} />
      </>,
      { wrapper: wrapper({ messages }) },
    );
    const table = screen.getByRole('table', { name: 'Histórico' });
    expect(screen.getByRole('columnheader', { name: 'Fonte' })).toBeInTheDocument();
    for (const element of screen.getAllByText('Histórico')) expect(table).toContainElement(element);
    // The header keeps its own group's text.
    const header = screen.getByText(enHeader.idOnVtex).closest('header, section, [aria-label]');
    expect(header).not.toBeNull();
    expect(header).not.toHaveTextContent('Histórico');
    expect(screen.getByText(enHeader.idOnChannel)).toBeInTheDocument();
  });

  it('uses the table group range template for the pagination text', () => {
    const messages = { table: { range: '{start} a {end} de {total}' } };
    const { result } = renderHook(() => useFormatters(useMessageGroup('table', enTable).range), {
      wrapper: wrapper({ locale: 'pt-BR', messages }),
    });
    expect(result.current.range(1, 25, 5000)).toBe('1 a 25 de 5.000');
    render(<InteractionTable data={page} query={{ page: 1, pageSize: 25 }} onQueryChange={noop} />, {
      wrapper: wrapper({ messages }),
    });
    expect(screen.getByRole('status')).toHaveTextContent(/^Showing 1 a \d+ de 5,000$/);
  });

  it('sends a common.loadError override to the load-error state', () => {
    const messages = { common: { retry: 'Try once more', loadError: { title: { network: 'Offline right now' } } } };
    const { result } = renderHook(() => useAllGroups(), { wrapper: wrapper({ messages }) });
    expect(result.current.loadError.title.network).toBe('Offline right now');
    expect(result.current.loadError.title.timeout).toBe(enLoadError.title.timeout);
    expect(result.current.common.retry).toBe('Try once more');
    render(
      <InteractionTable
        data={undefined}
        error={new OfferManagementError('network', 'fetch failed')}
        onRetry={noop}
        query={{ page: 1, pageSize: 25 }}
        onQueryChange={noop}
      />,
      { wrapper: wrapper({ messages }) },
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Offline right now');
    expect(screen.getByRole('alert')).toHaveTextContent(enLoadError.description.network);
    expect(screen.getByRole('button', { name: 'Try once more' })).toBeInTheDocument();
  });

  it.each([
    ['a number', { table: 5 }],
    ['null', { table: null, header: null }],
    ['a number where text belongs', { table: { caption: 42, columns: { date: null } } }],
    ['a string where a group belongs', { common: { loadError: 'oops' }, header: 'x' }],
    [
      'a getter that throws',
      Object.defineProperty({}, 'table', {
        enumerable: true,
        get() {
          throw new Error('bad override');
        },
      }),
    ],
  ])('ignores a bad override (%s)', (_name, messages) => {
    const { result } = renderHook(() => useAllGroups(), {
      wrapper: wrapper({ messages: messages as unknown as OfferManagementSettings['messages'] }),
    });
    expect(result.current.table).toEqual(enTable);
    expect(result.current.header).toEqual(enHeader);
    expect(result.current.loadError).toEqual(enLoadError);
    render(<InteractionTable data={page} query={{ page: 1, pageSize: 25 }} onQueryChange={noop} />, {
      wrapper: wrapper({ messages: messages as unknown as OfferManagementSettings['messages'] }),
    });
    expect(screen.getByRole('table', { name: enTable.caption })).toBeInTheDocument();
  });

  it('gives the same group object for the same override object', () => {
    const messages = { table: { caption: 'Histórico' } };
    const first = renderHook(() => useAllGroups(), { wrapper: wrapper({ locale: 'pt-BR', messages }) });
    const table = first.result.current.table;
    first.rerender();
    expect(first.result.current.table).toBe(table);
    // Another provider with the same override object and locale: the same object again.
    const second = renderHook(() => useAllGroups(), { wrapper: wrapper({ locale: 'pt-BR', messages }) });
    expect(second.result.current.table).toBe(table);
    expect(table.caption).toBe('Histórico');
    expect(table.pageSize).toBe(ptBRMessages.table.pageSize);
    // Another locale: another merge.
    const spanish = renderHook(() => useAllGroups(), { wrapper: wrapper({ locale: 'es', messages }) });
    expect(spanish.result.current.table).not.toBe(table);
    expect(spanish.result.current.table.pageSize).toBe(esMessages.table.pageSize);
  });

  it('keeps useMessages stable across renders of the same provider', () => {
    const messages = { table: { caption: 'Histórico' } };
    const { result, rerender } = renderHook(() => useMessages({ common: enCommon, table: enTable }), {
      wrapper: wrapper({ messages }),
    });
    const first = result.current;
    rerender();
    expect(result.current).toBe(first);
    expect(first.table.caption).toBe('Histórico');
  });
});
