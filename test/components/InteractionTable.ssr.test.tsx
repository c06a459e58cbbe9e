// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { InteractionTable } from '../../src/components/InteractionTable';
import { makeInteractions } from '../../stories/fixtures/interactions';

describe('InteractionTable server rendering (plain Node, no DOM)', () => {
  it('renders the first 50 of 1,000 rows and states the whole length', () => {
    const items = makeInteractions(1000, 5);
    const html = renderToString(
      <InteractionTable
        data={{ items, total: items.length, page: 1, pageSize: 1000 }}
        query={{ page: 1, pageSize: 1000 }}
        onQueryChange={() => {}}
      />,
    );
    expect(html).toContain('aria-rowcount="1001"');
    expect(html.match(/data-interaction-id=/g)).toHaveLength(50);
    expect(html).toContain(`data-interaction-id="${items[49]!.id}"`);
    expect(html).not.toContain(`data-interaction-id="${items[50]!.id}"`);
    expect(html).toContain('aria-rowindex="51"');
  });
});
