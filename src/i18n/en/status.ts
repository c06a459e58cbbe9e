import type { OfferMessages } from '../types';

/** English `status` messages (OfferStatus). */
export const enStatus: OfferMessages['status'] = {
  title: 'Status',
  description: {
    synched:
      'The offer was received by the channel and is being updated in real time by both the marketplace and you.',
    error:
      'An issue prevents the offer from being sent or updated on the channel, and you need to act to fix it. The status stays Error until the interaction that fixes it is complete.',
    unavailable:
      'The offer was discarded because it is inactive or not included in the sales channel (trade policy) set for this channel.',
    sending:
      'The offer is being sent to the channel: for the first time, to a new channel, or again after being discarded in another channel.',
  },
  announcement: 'Offer status: {status}',
  errorCount: { zero: 'No active errors', one: '{count} error to fix', other: '{count} errors to fix' },
  updatedAt: 'Updated {date}',
  loading: 'Loading status',
};
