export { ErrorList, isInteractionExpired, INTERACTION_RETENTION_MS, ORIGIN_EDIT_TARGET } from './ErrorList';
export type { ErrorListProps } from './ErrorList';
