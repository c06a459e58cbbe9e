export { OfferHeader, OfferHeaderSkeleton } from './OfferHeader';
export type { OfferHeaderProps, OfferHeaderSkeletonProps } from './OfferHeader';
