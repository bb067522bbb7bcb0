import { EncryptionAtRestFact } from '../../../catalog/facts/encryption';
import { blocks, referencesIn } from '../../model/expressions';
import { ResourceView, RuleContext } from '../../model/view';
import { FindingLevel, RuleViolation } from '../../types';
import { fill } from '../catalog-facts';
import { accountDefaultOn, cmkRequired, flag, isSet, literalOf, missingCustomerKey, show, stateOf, unknownFlag } from './shared';

// ---------------------------------------------------------------------------------------------
// Volumes, servers, node disks and databases: switches, keys and block devices named by the catalog
// ---------------------------------------------------------------------------------------------

/** A boolean switch (absent = off, unless the catalog says an absent switch is on). */
export function flagCheck(r: ResourceView, context: RuleContext, f: EncryptionAtRestFact): RuleViolation[] {
  const path = f.argument!;
  const state = flag(r, path);
  if (state === 'unknown') return [unknownFlag(r, path)];
  if (f.absentIsOn) {
    return state === 'false' ? [{ message: f.message ?? `The ${f.what ?? 'resource'} is not encrypted at rest: \`${path}\` is false.`, attribute: path, fix: f.fix }] : [];
  }
  const covered = state === 'absent' && accountDefaultOn(context, f.accountDefault);
  if (state !== 'true' && !covered) {
    const stateText = state === 'absent' ? f.absentText ?? 'not set (off by default)' : f.falseText ?? 'false';
    const message = f.message ? fill(f.message, { state: stateText }) : `The ${f.what ?? 'resource'} is not encrypted at rest: \`${path}\` is ${stateText}.`;
    return [{ message, attribute: path, fix: f.fix }];
  }
  return missingCustomerKey(r, context, f.customerKey,
    (key) => `The policy requires customer-managed keys, but \`${key}\` is not set: the ${f.what ?? 'resource'} is encrypted with a provider-managed key.`);
}

/** Every block at `blockPath` must name a key in `field`. */
function everyBlockKey(r: ResourceView, blockPath: string, field: string, what: string, fix: string, note = ''): RuleViolation[] {
  const out: RuleViolation[] = [];
  const list = blocks(r.values(blockPath));
  list.forEach((b, i) => {
    if (!isSet(b[field])) {
      out.push({
        message: `The ${what} ${list.length > 1 ? `#${i + 1} ` : ''}is not encrypted at rest: \`${blockPath}.${field}\` is not set.${note}`,
        attribute: `${blockPath}.${field}`,
        fix,
      });
    }
  });
  return out;
}

/** Several keys: plain key arguments, and key fields of every block (system and data disks). */
export function keys(r: ResourceView, _context: RuleContext, f: EncryptionAtRestFact): RuleViolation[] {
  const out: RuleViolation[] = [];
  for (const k of f.keys ?? []) {
    if (k.field) {
      out.push(...everyBlockKey(r, k.argument, k.field, k.what, k.fix, k.note));
    } else if (!isSet(r.attribute(k.argument))) {
      out.push({ message: `The ${k.what} is not encrypted at rest: \`${k.argument}\` is not set.${k.note ?? ''}`, attribute: k.argument, fix: k.fix });
    }
  }
  return out;
}

/** An encrypted volume type (by its suffix) or a switch; a customer key where the catalog names one. */
export function typeOrFlag(r: ResourceView, context: RuleContext, f: EncryptionAtRestFact): RuleViolation[] {
  const typeArgument = f.typeArgument!;
  const path = f.argument!;
  const type = r.literal(typeArgument);
  const encrypted = flag(r, path);
  const encryptedType = typeof type === 'string' && type.endsWith(f.value!);
  if (!encryptedType && encrypted !== 'true') {
    if (encrypted === 'unknown') return [unknownFlag(r, path)];
    if (r.has(typeArgument) && type === undefined && encrypted === 'absent') return [unknownFlag(r, typeArgument)];
    return [{
      message: `The ${f.what ?? 'resource'} is not encrypted at rest: its \`${typeArgument}\` is ${r.has(typeArgument) ? show(r.attribute(typeArgument)) : 'not set'} (not a ${f.value} type) and \`${path}\` is ${encrypted === 'false' ? 'false' : 'not set'}.`,
      attribute: path,
      fix: f.fix,
    }];
  }
  return missingCustomerKey(r, context, f.customerKey, (key) => `The policy requires customer-managed keys, but \`${key}\` is not set.`);
}

/** A setting that must be one value; a child without its own setting takes its parent's (judged there). */
export function inheritedValue(r: ResourceView, _context: RuleContext, f: EncryptionAtRestFact): RuleViolation[] {
  const path = f.argument!;
  const inheritance = f.inheritance ?? {};
  const isChild = inheritance.parentType !== undefined;
  const own = r.attribute(path);
  let value: unknown = r.literal(path);
  if (isChild && (own === undefined || own === null)) {
    // The parent's own finding already covers its default; don't report it twice.
    if (r.parents.some((p) => p.resourceType === inheritance.parentType)) return [];
    return [{ message: inheritance.orphanMessage!, attribute: path, fix: f.fix }];
  }
  if (own === undefined || own === null) value = undefined;
  if (own !== undefined && own !== null && typeof value !== 'string') return [unknownFlag(r, path)];
  if (value === f.value) return [];
  if (!isChild && inheritance.childType) {
    // The parent's setting is only the default of children that set none: when every child of
    // the configuration sets the value itself, the default never applies.
    const children = r.children.filter((c) => c.resourceType === inheritance.childType);
    if (children.length > 0 && children.every((c) => c.literal(path) === f.value)) return [];
  }
  const reason = value === undefined ? `\`${path}\` is not set` : `\`${path}\` is "${String(value)}"`;
  return [{ message: fill(f.message!, { reason }), attribute: path, fix: f.fix }];
}

/** Block devices each carrying the switch (a server's root and data disks); an account default may cover them. */
export function blockDevices(r: ResourceView, context: RuleContext, f: EncryptionAtRestFact): RuleViolation[] {
  const out: RuleViolation[] = [];
  const field = f.argument!;
  const keyField = f.customerKey?.arguments?.[0];
  const byDefault = accountDefaultOn(context, f.accountDefault);
  for (const device of f.blockDevices ?? []) {
    const block = device.path;
    const list = blocks(r.values(block));
    if (device.absentMessage && list.length === 0 && !byDefault) {
      out.push({ message: device.absentMessage, attribute: `${block}.${field}`, fix: device.absentFix });
    }
    for (const b of list) {
      const s = stateOf(b[field], literalOf(context, b[field]));
      if (s === 'unknown') out.push({ message: `\`${block}.${field}\` is not known before apply: encryption cannot be verified.`, attribute: `${block}.${field}` });
      else if (s === 'false' || (s === 'absent' && !byDefault)) {
        out.push({ message: `A ${block.replace(/_/g, ' ')} is not encrypted at rest: \`${field}\` is ${s === 'absent' ? 'not set' : 'false'}.`, attribute: `${block}.${field}`, fix: `Set ${block} { ${field} = true }.` });
      } else if (keyField && cmkRequired(context) && !isSet(b[keyField])) {
        out.push({ message: `The policy requires customer-managed keys, but \`${block}.${keyField}\` is not set.`, attribute: `${block}.${keyField}`, fix: f.customerKey!.fix });
      }
    }
  }
  return out;
}

/** Disks from a launch template of this configuration, or an account default. */
export function launchTemplate(r: ResourceView, context: RuleContext, f: EncryptionAtRestFact): RuleViolation[] {
  if (accountDefaultOn(context, f.accountDefault)) return [];
  const t = f.launchTemplate!;
  const ref = t.references.map((p) => r.attribute(p)).find((v) => typeof v === 'string' && v.includes('${'));
  const template = typeof ref === 'string' ? referencesIn(ref).map((x) => context.find(x.address)).find((v) => v?.resourceType === t.templateType) : undefined;
  if (!template) return [{ message: t.noTemplateMessage, attribute: t.attribute, fix: t.noTemplateFix }];
  const mappings = blocks(template.values(t.devices));
  const ok = mappings.length > 0 && mappings.every((m) => blocks(m[t.volume]).every((e) => stateOf(e[t.flag], literalOf(context, e[t.flag])) === 'true') && blocks(m[t.volume]).length > 0);
  return ok ? [] : [{ message: fill(t.unencryptedMessage, { template: template.address }), attribute: t.attribute, fix: t.unencryptedFix }];
}

/** A volume type the hosting cloud documents as encrypted (its provider's `blockStorage`). */
export function volumeType(r: ResourceView, context: RuleContext, f: EncryptionAtRestFact): RuleViolation[] {
  const path = f.argument!;
  const what = f.what ?? 'volume';
  const provider = r.cloudProvider;
  const raw = r.attribute(path);
  if (!provider || provider.cloudSelector) {
    // In a reusable module the caller's provider configuration names the cloud: judged where it is called.
    const block = context._config.providerOf(r);
    const inherited = !block.declared && context._resolver.isProviderlessModule();
    return [{
      message: `The ${what}'s cloud is not known, so whether its volume type (${raw === undefined || raw === null ? 'the default' : show(raw)}) is encrypted at rest cannot be verified`
        + (inherited ? `: the cloud is the one the module's caller configures for provider ${block.key}; check the module where it is called.` : '.'),
      attribute: path,
      fix: f.fix,
      ...(inherited ? { maxLevel: FindingLevel.WARNING } : {}),
    }];
  }
  const storage = provider.blockStorage;
  if (!storage) {
    return [{
      message: `${provider.name} documents no encrypted volume types in the catalog: whether the ${what} is encrypted at rest cannot be verified.`,
      attribute: path,
      fix: f.fix,
      dependsOnUnverifiedFact: true,
    }];
  }
  const example = storage.example ?? storage.encryptedVolumeTypes?.[0] ?? `*${storage.encryptedVolumeTypeSuffixes?.[0] ?? ''}`;
  const fix = `Set ${path} to an encrypted volume type of ${provider.name} (e.g. "${example}").`;
  if (raw === undefined || raw === null) {
    return [{
      message: `The ${what} sets no \`${path}\`: it gets the cloud's default volume type, which ${provider.name} does not document as encrypted.`,
      attribute: path,
      fix,
      dependsOnUnverifiedFact: !storage.verified,
    }];
  }
  const type = r.literal(path);
  if (typeof type !== 'string') return [unknownFlag(r, path)];
  const encrypted = (storage.encryptedVolumeTypes ?? []).includes(type) || (storage.encryptedVolumeTypeSuffixes ?? []).some((s) => type.endsWith(s));
  if (encrypted) return [];
  return [{
    message: `The ${what} is not encrypted at rest: \`${path}\` "${type}" is not an encrypted volume type of ${provider.name}.`,
    attribute: path,
    fix,
    dependsOnUnverifiedFact: !storage.verified,
  }];
}
