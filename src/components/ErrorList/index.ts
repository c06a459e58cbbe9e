export { ErrorList, ORIGIN_EDIT_TARGET } from './ErrorList';
export { isInteractionExpired, INTERACTION_RETENTION_MS } from '../shared/retention';
export type { ErrorListProps } from './ErrorList';
