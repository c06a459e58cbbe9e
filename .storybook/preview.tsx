import type { Decorator, Preview } from '@storybook/react-vite';
import { useMemo } from 'react';
import { QueryClient } from '@tanstack/react-query';
import { createHttpClient } from '../src/api/client';
import { OfferManagementProvider } from '../src/hooks/OfferManagementProvider';
import type { OfferLocale } from '../src/hooks/OfferManagementProvider';
import { handlers, MOCK_BASE_URL } from '../src/mocks';

/**
 * Every story runs inside an `OfferManagementProvider` whose client talks HTTP to the MSW mock API
 * (`/api/offer-management`, served by the service worker in `public/mockServiceWorker.js`).
 * The toolbar's locale switch sets the provider's locale; a story can pin one with `globals: { locale }`.
 */
const withProvider: Decorator = (Story, context) => {
  const locale = (context.globals.locale ?? 'en') as OfferLocale;
  const timeZone = (context.globals.timeZone ?? 'America/Sao_Paulo') as string;
  // A fresh cache per story so each state starts from scratch.
  const queryClient = useMemo(
    () => new QueryClient({ defaultOptions: { queries: { retry: false } } }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [context.id],
  );
  const client = useMemo(() => createHttpClient({ baseUrl: MOCK_BASE_URL, timeoutMs: 10_000 }), []);
  if (context.parameters.provider === false) return <Story />;
  return (
    <OfferManagementProvider client={client} queryClient={queryClient} locale={locale} timeZone={timeZone}>
      <Story />
    </OfferManagementProvider>
  );
};

export const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    locale: {
      description: 'Locale of the components',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'pt-BR', title: 'Português (Brasil)' },
          { value: 'es', title: 'Español' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en' },
  decorators: [withProvider],
  beforeEach({ msw }) {
    msw.use(...handlers);
  },
  parameters: {
    layout: 'padded',
    a11y: { test: 'error' },
    controls: { expanded: true, matchers: { color: /(background|color)$/i, date: /Date$/ } },
  },
};

export default preview;
