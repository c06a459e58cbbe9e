import { enCommon } from './en/common';
import { enErrors } from './en/errors';
import { enHeader } from './en/header';
import { enLoadError } from './en/loadError';
import { enPage } from './en/page';
import { enStatus } from './en/status';
import { enTable } from './en/table';
import type { OfferMessages } from './types';

/**
 * English catalogue (the default), assembled from the message groups in `./en/`. Components import only the
 * groups they render (see `useMessageGroup`), so a component bundled alone carries none of the others.
 */
export const en: OfferMessages = {
  common: { ...enCommon, loadError: enLoadError },
  header: enHeader,
  status: enStatus,
  errors: enErrors,
  table: enTable,
  page: enPage,
};
