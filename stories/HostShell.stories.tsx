import type { Meta, StoryObj } from '@storybook/react-vite';
import { styled, ThemeProvider } from 'styled-components';
import { expect, waitFor } from 'storybook/test';
import { OfferDetails, type OfferDetailsProps } from '../src/components/OfferDetails';
import { defaultOfferTheme } from '../src/theme';
import { imageHandlers } from './fixtures/offers';
import { feedIdOptions, mockImageHandlers, pageSettled, refArgs, skuIdLabels, skuIdOptions } from './fixtures/page';

/*
 * A plain admin shell, as a host app might have: its own header, side navigation, serif body font, a
 * styled-components ThemeProvider whose keys (`colors`, `space`, `typography`, `fontFamily`) clash with the
 * library's, and aggressive inherited CSS on the shell's own class. The page must look like itself inside it,
 * and the shell like itself around it.
 */

interface HostTheme {
  colors: { text: string; background: string; primary: string; surface: string };
  space: string[];
  typography: { fontFamily: string; fontSize: string };
  fontFamily: string;
}

const hostTheme: HostTheme = {
  colors: { text: '#3b1f0e', background: '#fbf6ee', primary: '#6b1d3a', surface: '#fffdf8' },
  space: ['0', '3px', '7px', '13px', '21px', '34px'],
  typography: { fontFamily: 'Georgia, "Times New Roman", serif', fontSize: '19px' },
  fontFamily: 'Georgia, "Times New Roman", serif',
};

const HOST_CLASS = 'acme-admin-shell';

/** The host's own stylesheet: loud inherited properties on the shell's class (not global), its own parts styled. */
const hostCss = `
.${HOST_CLASS} {
  font-family: Georgia, "Times New Roman", serif;
  font-size: 19px;
  line-height: 2.1;
  letter-spacing: 0.04em;
  word-spacing: 0.2em;
  color: #3b1f0e;
  text-align: justify;
  text-transform: uppercase;
  font-style: italic;
  text-indent: 1.5em;
  text-shadow: 0 1px 0 rgba(0, 0, 0, 0.08);
  background: #fbf6ee;
}
`;

const Shell = styled.div`
  display: grid;
  grid-template-columns: 14rem minmax(0, 1fr);
  grid-template-rows: auto 1fr;
  min-height: 100vh;
`;

const HostHeader = styled.header<{ theme: HostTheme }>`
  grid-column: 1 / -1;
  display: flex;
  align-items: center;
  justify-content: space-between;
  padding: ${({ theme }) => `${theme.space[3]} ${theme.space[5]}`};
  background: ${({ theme }) => theme.colors.primary};
  color: #ffffff;
  font-family: ${({ theme }) => theme.fontFamily};
  text-indent: 0;
`;

const Brand = styled.span`
  font-size: 1.25rem;
  font-weight: 700;
`;

const SideNav = styled.nav<{ theme: HostTheme }>`
  padding: ${({ theme }) => theme.space[4]};
  border-inline-end: 1px solid #e3d7c3;
  background: ${({ theme }) => theme.colors.surface};
  text-indent: 0;
  & ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  & a {
    display: block;
    padding: ${({ theme }) => `${theme.space[1]} ${theme.space[2]}`};
    color: ${({ theme }) => theme.colors.primary};
    border-radius: 2px;
  }
  & a[aria-current='page'] {
    background: #f1e4d3;
    font-weight: 700;
  }
`;

const Main = styled.main<{ theme: HostTheme }>`
  min-width: 0;
  padding: ${({ theme }) => theme.space[5]};
`;

const Breadcrumb = styled.nav`
  font-size: 0.9rem;
  & ol {
    display: flex;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  & li + li::before {
    content: '/';
    margin-inline-end: 0.5rem;
  }
  & a {
    color: #6b1d3a;
  }
`;

const PageTitle = styled.h1<{ theme: HostTheme }>`
  margin: ${({ theme }) => `${theme.space[3]} 0 ${theme.space[4]}`};
  font-size: 2rem;
  color: ${({ theme }) => theme.colors.primary};
`;

type Args = OfferDetailsProps;

function HostShell(args: Args) {
  return (
    <ThemeProvider theme={hostTheme}>
      <style>{hostCss}</style>
      <Shell className={HOST_CLASS}>
        <HostHeader data-host-part="header">
          <Brand>Acme Admin</Brand>
          <span>ana@acme.example</span>
        </HostHeader>
        <SideNav aria-label="Main menu" data-host-part="nav">
          <ul>
            <li>
              <a href="#/orders">Orders</a>
            </li>
            <li>
              <a href="#/catalog">Catalog</a>
            </li>
            <li>
              <a href="#/marketplace" aria-current="page">
                Marketplace offers
              </a>
            </li>
            <li>
              <a href="#/settings">Settings</a>
            </li>
          </ul>
        </SideNav>
        <Main>
          <Breadcrumb aria-label="Breadcrumb">
            <ol>
              <li>
                <a href="#/marketplace">Marketplace offers</a>
              </li>
              <li aria-current="page">Offer</li>
            </ol>
          </Breadcrumb>
          <PageTitle data-host-part="title">Offer details</PageTitle>
          <OfferDetails {...args} />
        </Main>
      </Shell>
    </ThemeProvider>
  );
}

const meta = {
  title: 'Pages/Embedded in a host shell',
  component: OfferDetails,
  tags: ['autodocs'],
  render: (args) => <HostShell {...args} />,
  beforeEach({ msw }) {
    msw.use(...mockImageHandlers, ...imageHandlers);
  },
  args: { ...refArgs('error'), headingLevel: 2 },
  argTypes: {
    feedId: { control: { type: 'select' }, options: feedIdOptions },
    skuId: { control: { type: 'select', labels: skuIdLabels }, options: skuIdOptions },
    headingLevel: { control: { type: 'select' }, options: [1, 2, 3, 4] },
  },
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component:
          'The page inside a plain admin shell with its own header, side navigation, serif font, a styled-components `ThemeProvider` whose keys clash with the library\'s, and loud inherited CSS (uppercase, italic, justified, wide spacing) on the shell\'s own class. The page keeps its own look (it resets inherited text properties at its root and reads only its own scoped theme), and the shell keeps its theme around it.',
      },
    },
  },
} satisfies Meta<typeof OfferDetails>;

export default meta;
type Story = StoryObj<typeof meta>;

const style = (element: Element) => getComputedStyle(element);

export const InAHostShell: Story = {
  name: 'In a host shell',
  play: async ({ canvas, canvasElement }) => {
    await canvas.findByRole('region', { name: 'Status' }, { timeout: 5_000 });
    const page = canvasElement.querySelector('main > [data-state]');
    const name = page?.querySelector('h2');
    if (!page || !name) throw new Error('page root or offer name not found');

    // Nothing of the shell's inherited text styles reaches the page…
    const pageStyle = style(page);
    await expect(pageStyle.fontFamily).not.toMatch(/Georgia/);
    const firstFamily = (families: string) => families.split(',')[0]?.replace(/["']/g, '').trim();
    await expect(firstFamily(pageStyle.fontFamily)).toBe(firstFamily(defaultOfferTheme.typography.fontFamily));
    await expect(pageStyle.textTransform).toBe('none');
    await expect(pageStyle.fontStyle).toBe('normal');
    await expect(pageStyle.textIndent).toBe('0px');
    await expect(pageStyle.wordSpacing).toBe('0px');
    await expect(pageStyle.textAlign).toBe('start');
    await expect(style(name).textTransform).toBe('none');
    await expect(style(name).fontFamily).not.toMatch(/Georgia/);

    // …and the page's theme does not replace the host's around it.
    const header = canvasElement.querySelector('[data-host-part="header"]');
    const title = canvas.getByRole('heading', { level: 1, name: 'Offer details' });
    await expect(header && style(header).backgroundColor).toBe('rgb(107, 29, 58)');
    await expect(style(title).fontFamily).toMatch(/Georgia/);
    await expect(style(title).color).toBe('rgb(107, 29, 58)');

    await pageSettled(canvasElement);
  },
};

/** Same shell, Portuguese. */
export const InAHostShellPortuguese: Story = {
  name: 'In a host shell (pt-BR)',
  globals: { locale: 'pt-BR' },
  args: refArgs('many-interactions'),
  play: async ({ canvas, canvasElement }) => {
    const nav = canvas.getByRole('navigation', { name: 'Paginação' });
    await waitFor(() => expect(nav).toHaveTextContent('1–25 de 5.000'));
    await pageSettled(canvasElement);
  },
};
