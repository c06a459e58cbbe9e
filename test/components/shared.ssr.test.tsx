// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { ServerStyleSheet } from 'styled-components';
import { describe, expect, it } from 'vitest';
import { ErrorList } from '../../src/components/ErrorList';
import { OfferHeader, OfferHeaderSkeleton } from '../../src/components/OfferHeader';
import { OfferStatus } from '../../src/components/OfferStatus';
import { FIXTURE_NOW, manyErrorsOffer, unsafeImageOffer } from '../../stories/fixtures/offers';

describe('server rendering (plain Node, no DOM)', () => {
  it('renders every component to HTML with scoped styles and no unsafe image', () => {
    const sheet = new ServerStyleSheet();
    try {
      const html = renderToString(
        sheet.collectStyles(
          <>
            <OfferHeader offer={unsafeImageOffer} />
            <OfferHeaderSkeleton />
            <OfferStatus offer={manyErrorsOffer} now={FIXTURE_NOW} />
            <ErrorList errors={[]} />
          </>,
        ),
      );
      const css = sheet.getStyleTags();
      expect(html).toContain('ID on VTEX');
      expect(html).toContain('4 errors to fix');
      expect(html).toContain('No active errors');
      expect(html).not.toContain('javascript:');
      expect(css).toContain('box-sizing:border-box');
      // Scoped: no rule targets html, body or :root.
      expect(css).not.toMatch(/(^|[}\s])(html|body|:root)\s*\{/);
    } finally {
      sheet.seal();
    }
  });
});
