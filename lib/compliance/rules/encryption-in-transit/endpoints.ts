import { ResourceView, RuleContext } from '../../model/view';
import { RuleViolation } from '../../types';
import { literalOf } from './shared';

// ---------------------------------------------------------------------------------------------
// Provider endpoints
// ---------------------------------------------------------------------------------------------

const LOOPBACK = /^http:\/\/(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?(\/|$)/i;

/** Every argument of a provider configuration (endpoints blocks included) that is an http:// URL. */
function plainEndpoints(value: unknown, path: string, context: RuleContext, out: Array<{ path: string; url: string }>): void {
  if (typeof value === 'string') {
    const v = value.includes('${') ? literalOf(context, value) : value;
    if (typeof v === 'string' && /^http:\/\//i.test(v.trim()) && !LOOPBACK.test(v.trim())) out.push({ path, url: v.trim() });
    return;
  }
  if (Array.isArray(value)) {
    for (const item of value) plainEndpoints(item, path, context, out);
    return;
  }
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      // A proxy URL over http:// still tunnels TLS (CONNECT); it is not plain-text data.
      if (k === '//' || /proxy/i.test(k)) continue;
      plainEndpoints(v, path ? `${path}.${k}` : k, context, out);
    }
  }
}

export function providerEndpoints(r: ResourceView, context: RuleContext): RuleViolation[] {
  const found: Array<{ path: string; url: string }> = [];
  plainEndpoints(r.attributes, '', context, found);
  return found.map(({ path, url }) => ({
    message: `\`${path}\` is ${url}: ${/(^|\.)s3$/.test(path) ? 'objects travel to and from object storage' : 'API calls and data travel'} unencrypted over plain HTTP.`,
    attribute: path,
    fix: `Use the https:// endpoint${/s3/.test(path) ? ' of the object storage (every catalogued provider offers one)' : ''}.`,
  }));
}
