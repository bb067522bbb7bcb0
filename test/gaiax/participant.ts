/* What a participant supplies for the Gaia-X drafts of the examples (illustrative values of the examples' operator). */
import { GaiaxCipher, GaiaxCredentialsProps } from '../../lib';

export const PARTICIPANT: GaiaxCredentialsProps = {
  offeringName: 'Patient records',
  issuer: 'did:web:records.example.org',
  participantId: 'did:web:records.example.org:participant',
  termsAndConditionsUrl: 'https://records.example.org/terms',
  termsAndConditionsHash: '4d2f0a8c1e9b3f7a6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b',
  offeringId: 'did:web:records.example.org:service-offering:patient-records',
  subcontractorChangeNotice: 'e-mail to the customer\'s contract contact 30 days before a change',
  resourceLicense: 'https://records.example.org/licence',
  resourcePolicy: 'access restricted to the customer\'s tenant',
  resourceCopyrightOwner: 'Example Records GmbH',
  storageCipher: GaiaxCipher.AES,
};

