export { OfferStatus, OfferStatusSkeleton } from './OfferStatus';
export type { OfferStatusProps, OfferStatusSkeletonProps } from './OfferStatus';
