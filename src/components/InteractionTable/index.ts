export { InteractionTable } from './InteractionTable';
export type { InteractionTableProps } from './InteractionTable';
export { INTERACTION_PAGE_SIZES } from './logic';
