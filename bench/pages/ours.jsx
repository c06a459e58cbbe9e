// Ours: InteractionTable (presentational) with a page as long as the rows (pageSize = rows).
import { InteractionTable } from '@offer-management/react';
import { startHarness } from './harness.jsx';

const noop = () => {};
const href = (interaction) => `#/interactions/${interaction.id}`;

function Table({ items, filtered, size }) {
  const query = filtered ? { results: ['success'], page: 1, pageSize: size } : { page: 1, pageSize: size };
  const data = { items, total: items.length, page: 1, pageSize: size };
  return <InteractionTable data={data} query={query} onQueryChange={noop} interactionHref={href} />;
}

startHarness({ name: 'ours', Table });
