import { ResourceView, RuleContext } from '../../model/view';
import { RuleViolation } from '../../types';
import { Check, flag, literalOf, lower, show, unknownValue } from './shared';

// ---------------------------------------------------------------------------------------------
// Databases
// ---------------------------------------------------------------------------------------------

/** A boolean TLS switch that must be true (absent = `defaultOn`). */
export function tlsFlag(path: string, what: string, defaultOn: boolean, fix: string): Check {
  return (r) => {
    const s = flag(r, path);
    if (s === 'unknown') return [unknownValue(path, r.attribute(path))];
    if (s === 'true' || (s === 'absent' && defaultOn)) return [];
    return [{ message: `The ${what} accepts unencrypted connections: \`${path}\` is ${s === 'absent' ? 'not set (off by default)' : 'false'}.`, attribute: path, fix }];
  };
}

/** OTC RDS v3: `ssl_enable` exists for MySQL only. */
export function otcRds(r: ResourceView, context: RuleContext): RuleViolation[] {
  const engine = lower(context, r.attribute('db.type'));
  if (engine !== undefined && engine !== 'mysql') return [];
  const s = flag(r, 'ssl_enable');
  if (s === 'true') return [];
  if (engine === undefined && r.has('db.type') && s !== 'false') {
    return [{ message: '`db.type` is not known before apply and `ssl_enable` is not true: whether a MySQL instance enforces TLS cannot be verified.', attribute: 'ssl_enable', fix: 'Set ssl_enable = true for MySQL instances.' }];
  }
  if (engine === undefined) return [];
  if (s === 'unknown') return [unknownValue('ssl_enable', r.attribute('ssl_enable'))];
  return [{ message: `The MySQL instance does not enable SSL: \`ssl_enable\` is ${s === 'absent' ? 'not set' : 'false'}.`, attribute: 'ssl_enable', fix: 'Set ssl_enable = true.' }];
}

/** Google Cloud SQL: `settings.ip_configuration.ssl_mode` must refuse unencrypted connections. */
export function gcpSql(r: ResourceView, context: RuleContext): RuleViolation[] {
  const path = 'settings.ip_configuration.ssl_mode';
  const raw = r.attribute(path);
  const mode = lower(context, raw);
  if (mode === 'encrypted_only' || mode === 'trusted_client_certificate_required') return [];
  if (raw !== undefined && mode === undefined) return [unknownValue(path, raw)];
  if (raw === undefined && flag(r, 'settings.ip_configuration.require_ssl') === 'true') return [];
  return [{ message: `The instance accepts unencrypted connections: \`${path}\` is ${raw === undefined ? 'not set (ALLOW_UNENCRYPTED_AND_ENCRYPTED)' : show(literalOf(context, raw))}.`, attribute: path, fix: 'Set settings { ip_configuration { ssl_mode = "ENCRYPTED_ONLY" } }.' }];
}

/** Azure flexible server parameter `require_secure_transport` set to OFF. */
export function azureServerParameter(r: ResourceView, context: RuleContext): RuleViolation[] {
  if (lower(context, r.attribute('name')) !== 'require_secure_transport') return [];
  const value = lower(context, r.attribute('value'));
  if (value === undefined) return [unknownValue('value', r.attribute('value'))];
  return value === 'off' || value === 'false' || value === '0'
    ? [{ message: 'The server parameter require_secure_transport is OFF: clients may connect without TLS.', attribute: 'value', fix: 'Remove the configuration or set value = "ON".' }]
    : [];
}
