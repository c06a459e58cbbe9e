export { OfferDetails } from './OfferDetails';
export type { OfferDetailsProps } from './OfferDetails';
export { SectionBoundary } from './SectionBoundary';
export type { SectionBoundaryProps } from './SectionBoundary';
