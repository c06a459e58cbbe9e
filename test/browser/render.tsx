import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { createHttpClient } from '../../src/api/client';
import type { Offer } from '../../src/api/types';
import { OfferDetails, type OfferDetailsProps } from '../../src/components/OfferDetails';
import { OfferManagementProvider, type OfferManagementSettings } from '../../src/hooks/OfferManagementProvider';
import { MOCK_BASE_URL, mockOfferRefs } from '../../src/mocks';

/** The host's route of an interaction's details, as the tests' host shell builds it. */
export const interactionHref = (offer: Offer, interactionId: string) =>
  `/host/offers/${encodeURIComponent(offer.skuId)}/interactions/${interactionId}`;

export interface RenderPageOptions extends Partial<OfferDetailsProps> {
  settings?: OfferManagementSettings;
}

/**
 * The whole page as a host embeds it: `OfferDetails` in an `OfferManagementProvider` whose HTTP client talks to
 * the MSW worker. Defaults to the seeded offer in Error status, English, São Paulo time, polling off.
 */
export function renderPage({ settings = {}, ...props }: RenderPageOptions = {}) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const client = createHttpClient({ baseUrl: MOCK_BASE_URL, timeoutMs: 10_000 });
  const result = render(
    <OfferManagementProvider
      client={client}
      queryClient={queryClient}
      locale="en"
      timeZone="America/Sao_Paulo"
      pollInterval={false}
      {...settings}
    >
      <OfferDetails data-testid="page" feedId={mockOfferRefs.error.feedId} skuId={mockOfferRefs.error.skuId} {...props} />
    </OfferManagementProvider>,
  );
  const root = result.getByTestId('page');
  return { ...result, root, queryClient };
}

/** A short human description of the focused element, for readable Tab-order assertions. */
export function describeFocus(element: Element | null = document.activeElement): string {
  if (!element || element === document.body) return '(body)';
  const role = element.getAttribute('role') ?? implicitRole(element);
  const name =
    element.getAttribute('aria-label') ??
    (element.getAttribute('aria-labelledby')
      ? element
          .getAttribute('aria-labelledby')!
          .split(/\s+/)
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' ')
      : element instanceof HTMLSelectElement && element.labels?.[0]
        ? element.labels[0].textContent
        : element.textContent);
  return `${role} "${(name ?? '').replace(/\s+/g, ' ').trim()}"`;
}

function implicitRole(element: Element): string {
  switch (element.tagName) {
    case 'A':
      return 'link';
    case 'BUTTON':
      return 'button';
    case 'SELECT':
      return 'combobox';
    case 'INPUT':
      return (element as HTMLInputElement).type === 'checkbox' ? 'checkbox' : 'textbox';
    default:
      return element.tagName.toLowerCase();
  }
}
