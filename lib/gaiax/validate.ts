/**
 * Offline SHACL validation of credential drafts against the vendored Gaia-X shapes: JSON-LD →
 * RDF with jsonld.js (contexts served only from the vendored copies) → rdf-validate-shacl →
 * one sentence per violation, in words a participant can act on.
 *
 * Synth is synchronous and JSON-LD processing is not, so synth validates through a child Node
 * process running validate-worker (`validateDraftsSync`); tests and the CLI may call
 * `validateDrafts` directly.
 * @internal
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as jsonld from 'jsonld';
import * as N3 from 'n3';
import { SovereignError } from '../errors';
import { GX, localDocumentLoader, vendoredPath } from './vendored';

/** A node a draft points at that another credential describes (e.g. the participant's gx:LegalPerson). @internal */
export interface ExternalNode {
  readonly id: string;
  /** Its class IRI. */
  readonly type: string;
}

/** One violation, in words. @internal */
export interface DraftViolation {
  /** The node, e.g. `gx:VirtualResource "aws_s3_bucket.x"`. */
  readonly node: string;
  /** The property, e.g. `gx:license`. */
  readonly property?: string;
  /** What is wrong, in words. */
  readonly message: string;
}

/** The result of validating a draft set. @internal */
export interface DraftValidation {
  readonly conforms: boolean;
  readonly violations: DraftViolation[];
  /** Nodes assumed to be described by other credentials (not validated here). */
  readonly external: ExternalNode[];
}

const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const SCHEMA_NAME = 'https://schema.org/name';
const SH = 'http://www.w3.org/ns/shacl#';
const PREFIXES: Array<[string, string]> = [
  [GX, 'gx:'], ['https://schema.org/', 'schema:'], ['http://www.w3.org/2001/XMLSchema#', 'xsd:'],
  ['http://www.w3.org/2006/vcard/ns#', 'vcard:'], ['https://www.w3.org/2018/credentials#', 'cred:'],
];

/** Shorten an IRI with the usual prefixes. @internal */
export function curie(iri: string): string {
  for (const [ns, p] of PREFIXES) if (iri.startsWith(ns)) return p + iri.slice(ns.length);
  return iri;
}

 
type Validator = any;
type Quad = N3.Quad;

/** The vendored shapes, indexed by subject, and the shapes per target class. */
interface ShapeIndex {
  readonly bySubject: Map<string, Quad[]>;
  readonly shapesByClass: Map<string, string[]>;
}
let index: ShapeIndex | undefined;
const validators = new Map<string, Validator>();

const key = (t: N3.Term): string => (t.termType === 'BlankNode' ? `_:${t.value}` : t.value);

function shapeIndex(): ShapeIndex {
  if (index) return index;
  const bySubject = new Map<string, Quad[]>();
  const shapesByClass = new Map<string, string[]>();
  for (const q of new N3.Parser().parse(fs.readFileSync(vendoredPath('gx.shacl.ttl'), 'utf8'))) {
    const k = key(q.subject);
    const list = bySubject.get(k);
    if (list) list.push(q);
    else bySubject.set(k, [q]);
    if (q.predicate.value === `${SH}targetClass`) shapesByClass.set(q.object.value, [...(shapesByClass.get(q.object.value) ?? []), k]);
  }
  index = { bySubject, shapesByClass };
  return index;
}

/** The value of a shape's parameter (e.g. sh:minCount), from the vendored shapes. */
function shapeParameter(shape: N3.Term | undefined, parameter: string): string | undefined {
  if (!shape) return undefined;
  return shapeIndex().bySubject.get(key(shape))?.find((q) => q.predicate.value === SH + parameter)?.object.value;
}

/**
 * A validator for the shapes that target the classes the data uses. The shapes only use
 * sh:targetClass (no sh:targetNode, sh:targetSubjectsOf, sh:node), and the drafts state no
 * rdfs:subClassOf, so shapes of other classes cannot apply: leaving them out gives the same
 * report, and building a validator of all 166 shapes takes seconds.
 */
function shaclValidator(classes: string[]): Validator {
  const { bySubject, shapesByClass } = shapeIndex();
  const roots = [...new Set(classes.flatMap((c) => shapesByClass.get(c) ?? []))].sort();
  const cacheKey = roots.join(' ');
  let validator = validators.get(cacheKey);
  if (validator) return validator;
  const quads: Quad[] = [];
  const seen = new Set<string>();
  const visit = (k: string) => {
    if (seen.has(k)) return;
    seen.add(k);
    for (const q of bySubject.get(k) ?? []) {
      quads.push(q);
      if (q.object.termType === 'BlankNode') visit(key(q.object));
    }
  };
  roots.forEach(visit);
  // rdf-validate-shacl 0.4 is CommonJS and validates synchronously.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const SHACLValidator = require('rdf-validate-shacl');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const factory = require('@rdfjs/dataset');
  validator = new SHACLValidator(factory.dataset(quads));
  validators.set(cacheKey, validator);
  return validator;
}

/** The drafts as one RDF store (every document's default graph). @internal */
export async function draftsToRdf(documents: object[]): Promise<N3.Store> {
  const store = new N3.Store();
  for (const doc of documents) {
    const nquads = await jsonld.toRDF(doc as jsonld.JsonLdDocument, {
      format: 'application/n-quads',
       
      documentLoader: localDocumentLoader as any,
      safe: true,
    } as jsonld.Options.ToRdf);
    for (const q of new N3.Parser({ format: 'N-Quads' }).parse(nquads as unknown as string)) {
      // Proofs and other named graphs are not part of the subject; the shapes judge the default graph.
      if (q.graph.termType === 'DefaultGraph') store.addQuad(q);
    }
  }
  return store;
}

/** Validate drafts against the vendored Gaia-X shapes. @internal */
export async function validateDrafts(documents: object[], external: ExternalNode[] = []): Promise<DraftValidation> {
  const data = await draftsToRdf(documents);
  const { namedNode, quad } = N3.DataFactory;
  for (const e of external) data.addQuad(quad(namedNode(e.id), namedNode(RDF_TYPE), namedNode(e.type)));
  const externalIds = new Set(external.map((e) => e.id));
  const classes = [...new Set(data.getObjects(null, RDF_TYPE, null).map((t) => t.value))];
  const report = shaclValidator(classes).validate(data);
  const violations: DraftViolation[] = [];
  for (const r of report.results) {
    const focus = r.focusNode?.value as string | undefined;
    if (focus && externalIds.has(focus)) continue;
    violations.push(describe(r, data));
  }
  const seen = new Set<string>();
  const unique = violations.filter((v) => {
    const k = `${v.node}|${v.property}|${v.message}`;
    return seen.has(k) ? false : (seen.add(k), true);
  });
  return { conforms: unique.length === 0, violations: unique, external };
}

 
function describe(result: any, data: N3.Store): DraftViolation {
  const focus = result.focusNode;
  const types = focus ? data.getObjects(focus, RDF_TYPE, null).map((t) => curie(t.value)) : [];
  const name = focus ? data.getObjects(focus, SCHEMA_NAME, null)[0]?.value : undefined;
  const label = focus?.termType === 'BlankNode' ? '' : ` ${focus?.value}`;
  const node = `${types.join('/') || 'node'}${name ? ` "${name}"` : label}`;
  const property = result.path ? curie(result.path.value) : undefined;
  const component = curie(result.sourceConstraintComponent?.value ?? '').replace(SH, '');
  const value = result.value ? ` (got ${JSON.stringify(result.value.value)})` : '';
  const shapeValue = (p: string) => shapeParameter(result.sourceShape, p);
  let message: string;
  switch (component.replace(/^.*#/, '')) {
    case 'MinCountConstraintComponent': message = `${property} is required and missing (at least ${shapeValue('minCount') ?? 1} value)`; break;
    case 'MaxCountConstraintComponent': message = `${property} has more values than the ${shapeValue('maxCount')} allowed`; break;
    case 'InConstraintComponent': message = `${property} has a value outside the list the shapes allow${value}`; break;
    case 'DatatypeConstraintComponent': message = `${property} must be a ${curie(shapeValue('datatype') ?? 'literal of another datatype')}${value}`; break;
    case 'ClassConstraintComponent': message = `${property} must point to a ${curie(shapeValue('class') ?? 'node of another class')}${value}`; break;
    case 'NodeKindConstraintComponent': message = `${property} has the wrong kind of value (IRI, blank node or literal)${value}`; break;
    case 'ClosedConstraintComponent': message = `${property ?? 'a property'} is not allowed on this class${value}`; break;
    case 'OrConstraintComponent': message = `${property} matches none of the allowed forms${value}`; break;
    default: message = `${property ?? 'the node'} violates ${component}${value}`;
  }
  const extra = result.message?.map((m: { value: string }) => m.value).filter((m: string) => m && !message.includes(m) && !/^(Less|More) than \d+ values|Blank node/.test(m)) ?? [];
  return { node, property, message: extra.length ? `${message}: ${extra.join('; ')}` : message };
}

/** The violations as one sentence each. @internal */
export function violationLines(validation: DraftValidation): string[] {
  return validation.violations.map((v) => `${v.node}: ${v.message}.`);
}

/**
 * Validate in a child Node process, for callers that must stay synchronous (synth).
 * From the TypeScript sources (tests, ts-node) the worker runs through ts-node.
 * @internal
 */
export function validateDraftsSync(documents: object[], external: ExternalNode[] = []): DraftValidation {
  const ts = path.extname(__filename) === '.ts';
  const worker = path.join(__dirname, `validate-worker${ts ? '.ts' : '.js'}`);
  const args = ts ? ['-r', require.resolve('ts-node/register/transpile-only'), worker] : [worker];
  // From the sources, compile the worker with this package's tsconfig, not one found in the caller's directory.
  const env = ts ? { ...process.env, TS_NODE_PROJECT: path.join(__dirname, '..', '..', 'tsconfig.json') } : process.env;
  const run = spawnSync(process.execPath, args, { input: JSON.stringify({ documents, external }), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 120_000, env });
  if (run.status !== 0) {
    throw new SovereignError('GAIAX_VALIDATION_FAILED', `The Gaia-X credential drafts could not be validated (the validator exited with ${run.status ?? run.signal}): ${(run.stderr || run.error?.message || '').trim().slice(0, 2000)}`);
  }
  return JSON.parse(run.stdout) as DraftValidation;
}
