/**
 * The vendored Gaia-X shapes and JSON-LD contexts (data/gaiax/, data/w3c/; sources and licences in
 * data/gaiax/SOURCE.md) and a JSON-LD document loader that serves only them: any other URL is an
 * error, so validation never reaches the network.
 * @internal
 */
import * as fs from 'fs';
import * as path from 'path';
import { SovereignError } from '../errors';

/** The Gaia-X release the vendored shapes belong to (data/gaiax/<folder>/VERSION says `25.11+fix.1`). @internal */
export const GAIAX_RELEASE = '25.11+fix.1';
const RELEASE_FOLDER = '25.11-fix.1';

/** Source of the vendored shapes, as recorded in data/gaiax/SOURCE.md. @internal */
export const GAIAX_SHAPES_SOURCE = {
  repository: 'https://github.com/GAIA-X4PLC-AAD/ontology-management-base',
  commit: 'f35d7c37d18f3de52245a0b1c0bacb9519594cf9',
  paths: ['artifacts/gx/gx.shacl.ttl', 'artifacts/gx/gx.context.jsonld'],
  license: 'EPL-2.0',
};

/** The gx namespace of the release. @internal */
export const GX = 'https://w3id.org/gaia-x/development#';
/** The URL the drafts name as the Gaia-X context (served from gx.context.jsonld). @internal */
export const GX_CONTEXT_URL = 'https://w3id.org/gaia-x/development#';
/** The W3C Verifiable Credentials Data Model 2.0 context. @internal */
export const VC_V2_CONTEXT_URL = 'https://www.w3.org/ns/credentials/v2';

// lib/gaiax/ and out/gaiax/ are both two levels below the package root.
const DATA = path.join(__dirname, '..', '..', 'data');

/** Path of a vendored file. @internal */
export function vendoredPath(file: 'gx.shacl.ttl' | 'gx.context.jsonld' | 'credentials-v2.jsonld'): string {
  return file === 'credentials-v2.jsonld' ? path.join(DATA, 'w3c', file) : path.join(DATA, 'gaiax', RELEASE_FOLDER, file);
}

const CONTEXTS: { [url: string]: string } = {
  [GX_CONTEXT_URL]: 'gx.context.jsonld',
  'https://w3id.org/gaia-x/development': 'gx.context.jsonld',
  [VC_V2_CONTEXT_URL]: 'credentials-v2.jsonld',
};

const loaded = new Map<string, unknown>();

/** The remote-document shape jsonld.js expects from a document loader. @internal */
export interface RemoteDocument {
  readonly contextUrl?: string;
  readonly documentUrl: string;
  readonly document: unknown;
}

/** Serve a context from the vendored copies; any other URL is refused (no network). @internal */
export async function localDocumentLoader(url: string): Promise<RemoteDocument> {
  const file = CONTEXTS[url];
  if (!file) {
    throw new SovereignError('GAIAX_CONTEXT_NOT_VENDORED',
      `JSON-LD context ${JSON.stringify(url)} is not one of the vendored copies, and validation never fetches from the network. ` +
      `Allowed: ${Object.keys(CONTEXTS).join(', ')}. Fix: reference only these contexts in the credential, or vendor the context under data/ with its licence and source.`);
  }
  let document = loaded.get(file);
  if (!document) {
    const parsed = JSON.parse(fs.readFileSync(vendoredPath(file as 'gx.context.jsonld'), 'utf8')) as { [key: string]: unknown };
    // gx.context.jsonld carries a LinkML "comments" member next to @context; a context document is its @context.
    document = { '@context': parsed['@context'] };
    loaded.set(file, document);
  }
  return { contextUrl: undefined, documentUrl: url, document };
}
