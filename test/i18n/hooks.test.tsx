import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import type { OfferManagementClient } from '../../src/api/types';
import { OfferManagementProvider, type OfferManagementProviderProps } from '../../src/hooks/OfferManagementProvider';
import { enMessages, ptBRMessages, resolveOfferMessages, useOfferFormatters, useOfferMessages } from '../../src/i18n';
import { defaultOfferTheme, useOfferTheme } from '../../src/theme';

const client: OfferManagementClient = {
  getOffer: () => Promise.reject(new Error('not used')),
  listInteractions: () => Promise.reject(new Error('not used')),
};
const wrapper =
  (props: Omit<OfferManagementProviderProps, 'client' | 'children'>) =>
  ({ children }: { children?: ReactNode }) => (
    <OfferManagementProvider client={client} {...props}>
      {children}
    </OfferManagementProvider>
  );

describe('useOfferMessages', () => {
  it('gives English with no provider', () => {
    const { result } = renderHook(() => useOfferMessages());
    expect(result.current).toBe(enMessages);
  });

  it("merges the provider's messages over its locale's catalogue", () => {
    const messages = { header: { edit: 'Alterar' }, table: { filters: { clear: 'Limpar' } } };
    const { result } = renderHook(() => useOfferMessages(), { wrapper: wrapper({ locale: 'pt-BR', messages }) });
    expect(result.current.header.edit).toBe('Alterar');
    expect(result.current.table.filters.clear).toBe('Limpar');
    expect(result.current.header.idOnVtex).toBe('ID na VTEX');
    expect(result.current.table.filters.apply).toBe(ptBRMessages.table.filters.apply);
    expect(ptBRMessages.header.edit).toBe('Editar');
  });

  it('caches the merge per override object', () => {
    const overrides = { header: { edit: 'X' } };
    expect(resolveOfferMessages('es', overrides)).toBe(resolveOfferMessages('es', overrides));
    expect(resolveOfferMessages('es', overrides)).not.toBe(resolveOfferMessages('en', overrides));
  });
});

describe('useOfferFormatters', () => {
  it("uses the provider's locale and time zone", () => {
    const { result } = renderHook(() => useOfferFormatters(), {
      wrapper: wrapper({ locale: 'pt-BR', timeZone: 'America/Sao_Paulo' }),
    });
    expect(result.current.locale).toBe('pt-BR');
    expect(result.current.timeZone).toBe('America/Sao_Paulo');
    expect(result.current.dateTime('2024-06-20T12:00:00Z')).toMatch(/20 de jun\. de 2024.*09:00/);
    expect(result.current.pageRange(1, 25, 5000)).toBe('1–25 de 5.000');
  });

  it('uses an overridden range template', () => {
    const messages = { table: { range: '{start} to {end} out of {total}' } };
    const { result } = renderHook(() => useOfferFormatters(), { wrapper: wrapper({ messages }) });
    expect(result.current.range(1, 25, 5000)).toBe('1 to 25 out of 5,000');
  });

  it('keeps the same formatters object across renders', () => {
    const { result, rerender } = renderHook(() => useOfferFormatters());
    const first = result.current;
    rerender();
    expect(result.current).toBe(first);
  });
});

describe('useOfferTheme', () => {
  it("gives the defaults, or the provider's partial theme merged over them", () => {
    expect(renderHook(() => useOfferTheme()).result.current).toBe(defaultOfferTheme);
    const theme = { colors: { accent: '#5b21b6' } };
    const { result } = renderHook(() => useOfferTheme(), { wrapper: wrapper({ theme }) });
    expect(result.current.colors.accent).toBe('#5b21b6');
    expect(result.current.colors.text).toBe(defaultOfferTheme.colors.text);
  });
});
