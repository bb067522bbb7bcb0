import { ProviderFacts } from '../types';
import { AWS } from './aws';
import { AZURE } from './azure';
import { EXOSCALE } from './exoscale';
import { GOOGLE_CLOUD } from './gcp';
import { HETZNER } from './hetzner';
import { IONOS_CLOUD } from './ionos';
import { OPENSTACK } from './openstack';
import { OPEN_TELEKOM_CLOUD } from './otc';
import { OVHCLOUD } from './ovhcloud';
import { SCALEWAY } from './scaleway';
import { STACKIT } from './stackit';
import { UPCLOUD } from './upcloud';

/**
 * Every provider in the catalog: the eight European providers first, then the OpenStack
 * platform (whose clouds are reached by identity endpoint), then the US hyperscalers.
 */
export const ALL_PROVIDER_FACTS: readonly ProviderFacts[] = [
  OPEN_TELEKOM_CLOUD,
  STACKIT,
  OVHCLOUD,
  SCALEWAY,
  IONOS_CLOUD,
  HETZNER,
  EXOSCALE,
  UPCLOUD,
  OPENSTACK,
  AWS,
  AZURE,
  GOOGLE_CLOUD,
];
