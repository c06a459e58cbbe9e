/**
 * Untrusted strings in every field that reaches the screen, through a host client and through props: markup and
 * script payloads, dangerous URLs in the image and logo fields, bidi and zero-width characters, 100,000-character
 * descriptions, emoji. They render as text; no element, attribute or URL comes from them.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import {
  ErrorList,
  InteractionTable,
  isSafeImageUrl,
  OfferHeader,
  parseInteractionPage,
  parseOffer,
  type Offer,
  type OfferLinks,
} from '../../src';
import { guardSuite } from './guard';
import { dataRows, firstPage, hostClient, minutesAgo, NOW, ref, renderPage, wireInteraction, wireOffer, wirePage, type Json } from './fixtures';

guardSuite();
vi.setConfig({ testTimeout: 30_000 });

const MARKUP = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(document.cookie)</script>',
  '"><svg onload=alert(1)>',
  "'><iframe src=javascript:alert(1)>",
  '<a href="javascript:alert(1)">click</a>',
  '{{constructor.constructor("alert(1)")()}}',
  '<style>*{display:none}</style>',
];
const BIDI = 'Tênis \u202Eexe.gnp\u202C \u2067RLI\u2069 \u200B\u200C\u200D\uFEFF zero-width';
const EMOJI = 'Tênis 👟🔥 👩🏽‍💻 🇧🇷 ✅';
const HUGE = `Start. ${'Long channel text without spaces '.repeat(3_000)}${'x'.repeat(1_000)} End.`.slice(0, 100_000);

const BAD_URLS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  '\tjavascript:alert(1)',
  'java\nscript:alert(1)',
  'java\u0000script:alert(1)',
  'vbscript:msgbox(1)',
  'data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+',
  'data:text/html,<script>alert(1)</script>',
  '//evil.example/x.png',
  '/relative/x.png',
  'blob:https://evil.example/1',
  'file:///etc/passwd',
  'https//missing-colon.example',
  '&#106;avascript:alert(1)',
];

/** The host's link functions: the only place an href may come from. */
const links: Required<OfferLinks> = {
  editHref: (offer, target) => `/host/offers/${encodeURIComponent(offer.skuId)}/edit/${target}`,
  interactionHref: (offer, id) => `/host/offers/${encodeURIComponent(offer.skuId)}/interactions/${encodeURIComponent(id)}`,
};

/** An offer (wire JSON) whose every displayed string is `text`, and whose image and logo URLs are `url`. */
function hostileOffer(text: string, url: string | null = 'https://images.example.com/ok.png'): Json {
  return wireOffer({
    name: `${text} name`,
    externalOfferId: `${text} ext`,
    imageUrl: url,
    channel: { name: `${text} channel`, logoUrl: url },
    errors: [
      {
        code: `${text} code`,
        externalCode: `${text} extcode`,
        title: `${text} title`,
        description: `${text} description`,
        origin: `${text} origin`,
        date: minutesAgo(5),
        interactionId: `${text} iid`,
      },
      {
        code: 'PRC-001',
        title: `${text} second`,
        description: text,
        origin: 'price',
        date: minutesAgo(6),
        interactionId: 'B1',
      },
    ],
  });
}

function hostilePage(text: string): Json {
  return {
    ...wirePage(firstPage, 0, 3),
    items: [
      wireInteraction(0, { id: `${text} id`, origin: `${text} origin`, result: `${text} result` }),
      wireInteraction(1, { origin: 'price', result: `${text}` }),
      wireInteraction(2),
    ],
  };
}

/** The tags, attribute names and URLs a benign page uses: the hostile one must use nothing else. */
function shapeOf(root: HTMLElement) {
  const tags = new Set<string>();
  const attributes = new Set<string>();
  for (const element of [root, ...root.querySelectorAll('*')]) {
    tags.add(element.tagName.toLowerCase());
    for (const attribute of element.getAttributeNames()) attributes.add(attribute);
  }
  return { tags, attributes };
}

/** No element, event-handler attribute or URL from data. */
function expectInert(root: HTMLElement, baseline: ReturnType<typeof shapeOf>) {
  const { tags, attributes } = shapeOf(root);
  expect([...tags].filter((tag) => !baseline.tags.has(tag))).toEqual([]);
  expect([...attributes].filter((name) => !baseline.attributes.has(name))).toEqual([]);
  expect(root.querySelectorAll('script, iframe, object, embed, style:not([data-styled]), a:not([href])').length).toBe(0);
  for (const element of root.querySelectorAll('*')) {
    for (const name of element.getAttributeNames()) expect(name.startsWith('on')).toBe(false);
    if (element.tagName === 'svg') expect(element.getAttribute('onload')).toBeNull();
  }
  for (const img of root.querySelectorAll('img')) expect(img.getAttribute('src')).toMatch(/^https?:\/\//);
  for (const a of root.querySelectorAll('a')) expect(a.getAttribute('href')).toMatch(/^\/host\/offers\//);
  for (const element of root.querySelectorAll('[style]')) expect(element.getAttribute('style')).not.toMatch(/url\(|expression/i);
}

async function renderHostile(offerJson: Json, pageJson: Json) {
  const { client } = hostClient({ getOffer: async () => offerJson, listInteractions: async () => pageJson });
  const utils = renderPage(client, {}, { links });
  await waitFor(() => expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(offerJson.name));
  await waitFor(() => expect(dataRows()).toHaveLength(3));
  // Open every error, so their details are on screen too.
  for (const toggle of screen.getAllByRole('button', { expanded: false })) {
    if (toggle.getAttribute('aria-controls') && !toggle.hasAttribute('aria-haspopup')) fireEvent.click(toggle);
  }
  return utils;
}

let baseline: ReturnType<typeof shapeOf> | undefined;
/** What a benign page is made of: with its images, and with placeholders for missing ones. */
async function benignShape() {
  if (!baseline) {
    const shapes = [];
    for (const url of ['https://images.example.com/ok.png', null]) {
      const { container, unmount } = await renderHostile(hostileOffer('Plain', url), hostilePage('Plain'));
      shapes.push(shapeOf(container));
      unmount();
    }
    baseline = {
      tags: new Set(shapes.flatMap((shape) => [...shape.tags])),
      attributes: new Set(shapes.flatMap((shape) => [...shape.attributes])),
    };
  }
  return baseline;
}

describe('markup and script payloads in every displayed field render as text', () => {
  it.each(MARKUP)('%s', async (payload) => {
    const shape = await benignShape();
    const { container } = await renderHostile(hostileOffer(payload), hostilePage(payload));

    // Shown, as text, where a seller would read it.
    expect(screen.getByRole('heading', { name: `${payload} name` })).toBeInTheDocument();
    for (const suffix of ['channel', 'ext', 'title', 'description', 'code', 'extcode', 'origin', 'second']) {
      expect(container.textContent).toContain(`${payload} ${suffix}`);
    }
    const rows = dataRows();
    expect(rows[0]).toHaveTextContent(`${payload} origin`);
    expect(rows[0]).toHaveTextContent(`${payload} result`);
    expect(rows[1]).toHaveTextContent(payload);

    expectInert(container, shape);
    // Ids from data reach the host's link function as data, and come back encoded in its URL.
    expect(within(rows[0] as HTMLElement).getByRole('link')).toHaveAttribute(
      'href',
      `/host/offers/2045511/interactions/${encodeURIComponent(`${payload} id`)}`,
    );
  });
});

describe('dangerous URLs in the image and logo fields are never loaded', () => {
  it.each(BAD_URLS)('%j → placeholder, no <img>', async (url) => {
    expect(isSafeImageUrl(url)).toBe(false);
    const shape = await benignShape();
    const { container } = await renderHostile(hostileOffer('Shoe', url), hostilePage('Shoe'));
    expect(container.querySelectorAll('img')).toHaveLength(0);
    expect(screen.getByRole('img', { name: 'Image of Shoe name' })).toBeInTheDocument();
    expectInert(container, shape);
  });

  it('an http(s) URL is loaded as given (trimmed), without referrer', () => {
    const offer = parseOffer(hostileOffer('Shoe', '  https://images.example.com/a.png  '));
    const { container } = render(<OfferHeader offer={offer} />);
    const images = [...container.querySelectorAll('img')];
    expect(images.map((img) => img.getAttribute('src'))).toEqual([
      'https://images.example.com/a.png',
      'https://images.example.com/a.png',
    ]);
    for (const img of images) expect(img).toHaveAttribute('referrerpolicy', 'no-referrer');
  });
});

describe('bidi, zero-width, emoji and huge strings', () => {
  it.each([
    ['right-to-left overrides and zero-width characters', BIDI],
    ['emoji (astral, ZWJ sequences, flags)', EMOJI],
  ])('%s are kept exactly, as text', async (_what, text) => {
    const shape = await benignShape();
    const { container } = await renderHostile(hostileOffer(text), hostilePage(text));
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(`${text} name`);
    expect(container.textContent).toContain(`${text} description`);
    expect(dataRows()[0]).toHaveTextContent(`${text} origin`, { normalizeWhitespace: false });
    expectInert(container, shape);
  });

  it('a 100,000-character description is shown whole, and the rest of the page still works', async () => {
    expect(HUGE).toHaveLength(100_000);
    const offer = hostileOffer('Shoe');
    (offer.errors as Json[])[0]!.description = HUGE;
    await renderHostile(offer, hostilePage('Shoe'));
    expect(screen.getByText((_, element) => element?.tagName === 'P' && element.textContent === HUGE)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Edit' })).toBeEnabled();
    expect(dataRows()).toHaveLength(3);
  });

  it('a 100,000-character offer name and channel name render', () => {
    const offer = parseOffer(wireOffer({ name: HUGE, channel: { name: HUGE } }));
    render(<OfferHeader offer={offer} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toHaveLength(100_000);
  });
});

describe('object-prototype names as raw values', () => {
  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'])(
    '%s as an origin, a result and an error origin renders as text',
    async (name) => {
      const offer = hostileOffer('Shoe');
      (offer.errors as Json[])[0]!.origin = name;
      const page = { ...wirePage(firstPage, 0, 1), items: [wireInteraction(0, { origin: name, result: name })] };
      const { client } = hostClient({ getOffer: async () => offer, listInteractions: async () => page });
      renderPage(client, {}, { links });
      await waitFor(() => expect(dataRows()).toHaveLength(1));
      expect(dataRows()[0]).toHaveTextContent(name);
      expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Shoe name');
    },
  );
});

describe('through props (presentational components, no fetching)', () => {
  const payload = MARKUP[0] as string;

  it('ErrorList with hostile errors and no links renders text and buttons only', () => {
    const offer: Offer = parseOffer(hostileOffer(payload));
    const { container } = render(<ErrorList errors={offer.errors} offer={offer} defaultExpandFirst now={NOW} />);
    expect(container.textContent).toContain(`${payload} description`);
    expect(container.querySelectorAll('a, img, script, iframe')).toHaveLength(0);
  });

  it('InteractionTable with hostile raw origins/results and an interactionHref prop', () => {
    const page = parseInteractionPage(hostilePage(payload));
    const { container } = render(
      <InteractionTable
        data={page}
        query={firstPage}
        onQueryChange={() => {}}
        interactionHref={(interaction) => `/host/offers/x/interactions/${encodeURIComponent(interaction.id)}`}
      />,
    );
    expect(container.querySelectorAll('img, script, iframe')).toHaveLength(0);
    for (const a of container.querySelectorAll('a')) expect(a.getAttribute('href')).toMatch(/^\/host\/offers\/x\/interactions\/[^<>"]*$/);
  });

  it('OfferHeader with every id and name hostile', () => {
    const offer = parseOffer(hostileOffer(payload, 'javascript:alert(1)'));
    const { container } = render(<OfferHeader offer={offer} />);
    expect(screen.getByRole('button', { name: 'Copy ID on channel' })).toBeInTheDocument();
    expect(container.textContent).toContain(`${payload} ext`);
    expect(container.querySelectorAll('img, script, iframe, a')).toHaveLength(0);
    expect(ref.skuId).toBe('2045511');
  });
});
