import type { LoadErrorMessages } from '../types';

/** English load-error messages (`common.loadError`). */
export const enLoadError: LoadErrorMessages = {
  title: {
    'not-found': 'Offer not found',
    unauthorized: "You don't have access to this offer",
    'invalid-response': "We couldn't read this information",
    network: 'No connection',
    timeout: 'This is taking too long',
    http: 'Something went wrong',
    aborted: 'Loading was interrupted',
    unknown: 'Something went wrong',
  },
  description: {
    'not-found':
      "We couldn't find this offer. It may have been removed from the channel, or the link may be wrong. Check the SKU and channel and try again.",
    unauthorized:
      'Your session may have expired, or your user may not have permission to see offers. Sign in again or ask an administrator for access.',
    'invalid-response':
      'The service answered with information we could not understand. Try again; if it keeps happening, contact support.',
    network: "We couldn't reach the service. Check your internet connection and try again.",
    timeout: "The service didn't answer in time. Try again in a moment.",
    http: 'The service had a problem answering. Try again in a moment.',
    aborted: 'Loading stopped before it finished. Try again.',
    unknown: 'An unexpected problem happened. Try again in a moment.',
  },
  httpStatus: 'Error code: {status}',
};
