import { EncryptionInTransitFact } from '../../../catalog/facts/transit';
import { ResourceView, RuleContext } from '../../model/view';
import { RuleViolation } from '../../types';
import { fill } from '../catalog-facts';
import { flag, literalOf, lower, show, unknownValue } from './shared';

// ---------------------------------------------------------------------------------------------
// Databases and storage services: TLS switches, modes and server parameters named by the catalog
// ---------------------------------------------------------------------------------------------

/** A boolean TLS switch that must be true (absent = `defaultOn`). */
export function tlsFlag(r: ResourceView, _c: RuleContext, f: EncryptionInTransitFact): RuleViolation[] {
  const path = f.argument!;
  const s = flag(r, path);
  if (s === 'unknown') return [unknownValue(path, r.attribute(path))];
  if (s === 'true' || (s === 'absent' && f.defaultOn)) return [];
  return [{ message: `The ${f.what ?? 'resource'} accepts unencrypted connections: \`${path}\` is ${s === 'absent' ? 'not set (off by default)' : 'false'}.`, attribute: path, fix: f.fix }];
}

/** A switch that opens a plain-text port: true is the finding. */
export function plainFlag(r: ResourceView, _c: RuleContext, f: EncryptionInTransitFact): RuleViolation[] {
  return flag(r, f.argument!) === 'true' ? [{ message: f.message!, attribute: f.argument, fix: f.fix }] : [];
}

/** A TLS switch that exists for one engine only. */
export function engineTlsFlag(r: ResourceView, context: RuleContext, f: EncryptionInTransitFact): RuleViolation[] {
  const path = f.argument!;
  const engine = lower(context, r.attribute(f.engineArgument!));
  if (engine !== undefined && engine !== f.engine) return [];
  const s = flag(r, path);
  if (s === 'true') return [];
  if (engine === undefined && r.has(f.engineArgument!) && s !== 'false') {
    return [{ message: f.unknownEngineMessage!, attribute: path, fix: f.unknownEngineFix ?? f.fix }];
  }
  if (engine === undefined) return [];
  if (s === 'unknown') return [unknownValue(path, r.attribute(path))];
  return [{ message: fill(f.message!, { state: s === 'absent' ? 'not set' : 'false' }), attribute: path, fix: f.fix }];
}

/** A TLS mode that must refuse unencrypted connections (or an older boolean that enforces TLS). */
export function tlsMode(r: ResourceView, context: RuleContext, f: EncryptionInTransitFact): RuleViolation[] {
  const path = f.argument!;
  const raw = r.attribute(path);
  const mode = lower(context, raw);
  if (mode !== undefined && (f.values ?? []).includes(mode)) return [];
  if (raw !== undefined && mode === undefined) return [unknownValue(path, raw)];
  if (raw === undefined && f.legacyFlag && flag(r, f.legacyFlag) === 'true') return [];
  return [{ message: fill(f.message!, { state: raw === undefined ? f.absentText ?? 'not set' : show(literalOf(context, raw)) }), attribute: path, fix: f.fix }];
}

/** A server parameter that switches TLS off. */
export function serverParameter(r: ResourceView, context: RuleContext, f: EncryptionInTransitFact): RuleViolation[] {
  if (lower(context, r.attribute(f.nameArgument!)) !== f.name) return [];
  const valueArgument = f.valueArgument!;
  const value = lower(context, r.attribute(valueArgument));
  if (value === undefined) return [unknownValue(valueArgument, r.attribute(valueArgument))];
  return (f.offValues ?? []).includes(value) ? [{ message: f.message!, attribute: valueArgument, fix: f.fix }] : [];
}
