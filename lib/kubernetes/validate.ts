/**
 * Validation of Kubernetes names, label values, quantities, ports and CIDRs (lib/util/addresses) for the
 * Kubernetes constructs. Every check skips unresolved tokens (the engine judges the
 * resolved JSON) and throws through `invalidInput` with the value, the rule and the fix.
 * (Internal module: not part of the jsii API.)
 */
import { Token } from 'cdktf';
import { invalidInput } from '../errors';
import { parseBlock } from '../util/addresses';

const DNS_1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS_1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

/** Whether a value is a cdktf token that only resolves at synth. */
export function unresolved(value: unknown): boolean {
  return Token.isUnresolved(value);
}

/**
 * A DNS-1123 label (namespace, Service and most object names): at most 63 characters,
 * lower-case alphanumerics and `-`, starting and ending with an alphanumeric.
 * https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#dns-label-names
 */
export function checkDnsLabel(value: string, what: string, maxLength = 63): void {
  if (unresolved(value)) return;
  if (typeof value === 'string' && value.length <= maxLength && DNS_1123_LABEL.test(value)) return;
  const suggestion = typeof value === 'string' ? toDnsLabel(value, maxLength) : '';
  throw invalidInput({
    code: 'INVALID_KUBERNETES_NAME',
    what,
    given: value,
    allowed: `a DNS-1123 label: 1 to ${maxLength} characters, lower-case letters, digits and "-", starting and ending with a letter or digit`,
    fix: suggestion ? `use a valid name such as "${suggestion}".` : 'use a name such as "payments-api".',
  });
}

/** A DNS-1123 subdomain (StorageClass, Secret and Ingress names, hosts): at most 253 characters. */
export function checkDnsSubdomain(value: string, what: string): void {
  if (unresolved(value)) return;
  if (typeof value === 'string' && value.length <= 253 && DNS_1123_SUBDOMAIN.test(value)) return;
  throw invalidInput({
    code: 'INVALID_KUBERNETES_NAME',
    what,
    given: value,
    allowed: 'a DNS-1123 subdomain: at most 253 characters, dot-separated labels of lower-case letters, digits and "-"',
    fix: 'use lower-case letters, digits, "-" and ".", e.g. "scaleway-encrypted".',
  });
}

/** A best-effort valid DNS label for suggestions (`Payments_API` → `payments-api`). */
export function toDnsLabel(value: string, maxLength = 63): string {
  return value.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, maxLength).replace(/-+$/, '');
}

/** A Kubernetes label value: at most 63 characters of alphanumerics, `-`, `_`, `.`, alphanumeric at both ends. */
export function checkLabelValue(value: string, what: string): void {
  if (unresolved(value)) return;
  if (typeof value === 'string' && value.length <= 63 && LABEL_VALUE.test(value)) return;
  throw invalidInput({
    code: 'INVALID_LABEL_VALUE',
    what,
    given: value,
    allowed: 'a Kubernetes label value: at most 63 characters, letters, digits, "-", "_" and ".", starting and ending with a letter or digit',
    fix: 'use a short identifier such as "team-payments".',
  });
}

/** Labels given by the user: keys `[prefix/]name`, values label values. */
export function checkLabels(labels: { [key: string]: string } | undefined, what: string): void {
  for (const [key, value] of Object.entries(labels ?? {})) {
    if (!unresolved(key)) {
      const [prefix, name] = key.includes('/') ? [key.slice(0, key.lastIndexOf('/')), key.slice(key.lastIndexOf('/') + 1)] : [undefined, key];
      const nameOk = name.length > 0 && name.length <= 63 && /^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/.test(name);
      const prefixOk = prefix === undefined || (prefix.length <= 253 && DNS_1123_SUBDOMAIN.test(prefix));
      if (!nameOk || !prefixOk) {
        throw invalidInput({
          code: 'INVALID_LABEL_KEY',
          what: `${what}: label key`,
          given: key,
          allowed: 'an optional DNS subdomain prefix and "/", then a name of at most 63 letters, digits, "-", "_" and "."',
          fix: 'use a key such as "app.kubernetes.io/part-of" or "team".',
        });
      }
    }
    checkLabelValue(value, `${what}: value of label "${key}"`);
  }
}

const QUANTITY = /^([+-]?[0-9.]+)(m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?$/;
const FACTORS: Record<string, number> = {
  '': 1, 'm': 1e-3, 'k': 1e3, 'M': 1e6, 'G': 1e9, 'T': 1e12, 'P': 1e15, 'E': 1e18,
  'Ki': 2 ** 10, 'Mi': 2 ** 20, 'Gi': 2 ** 30, 'Ti': 2 ** 40, 'Pi': 2 ** 50, 'Ei': 2 ** 60,
};

/**
 * A Kubernetes resource quantity (`250m`, `1`, `512Mi`, `10Gi`), returned as a number
 * (undefined for tokens). https://kubernetes.io/docs/reference/kubernetes-api/common-definitions/quantity/
 */
export function parseQuantity(value: string, what: string, example: string): number | undefined {
  if (unresolved(value)) return undefined;
  const m = typeof value === 'string' ? QUANTITY.exec(value.trim()) : null;
  const n = m ? Number(m[1]) * FACTORS[m[2] ?? ''] : NaN;
  if (!m || !Number.isFinite(n) || n <= 0) {
    throw invalidInput({
      code: 'INVALID_QUANTITY',
      what,
      given: value,
      allowed: 'a positive Kubernetes quantity: a number with an optional suffix m, k, M, G, T or Ki, Mi, Gi, Ti',
      fix: `write it like "${example}".`,
    });
  }
  return n;
}

/** A TCP/UDP/SCTP port: an integer from 1 to 65535. */
export function checkPort(value: number, what: string): void {
  if (unresolved(value)) return;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 65535) return;
  throw invalidInput({
    code: 'INVALID_PORT',
    what,
    given: value,
    allowed: 'an integer port number from 1 to 65535',
    fix: 'use the port the container listens on, e.g. 8080.',
  });
}

/** An IPv4 or IPv6 CIDR block in canonical form (`10.0.0.0/8`, `2001:db8::/32`). Returns the prefix length. */
export function checkCidr(value: string, what: string): number | undefined {
  if (unresolved(value)) return undefined;
  return parseBlock(what, value).prefix;
}

/** A reason for an explicit opt-out: at least 10 characters, like suppression reasons. */
export function checkReason(value: string | undefined, what: string): void {
  if (value === undefined || unresolved(value)) return;
  if (typeof value === 'string' && value.trim().length >= 10) return;
  throw invalidInput({
    code: 'REASON_TOO_SHORT',
    what,
    given: value,
    allowed: 'a reason of at least 10 characters that an auditor can read',
    fix: 'say why, e.g. "SCCs with the US processor signed 2026-03-01, DPA ref 42".',
  });
}
