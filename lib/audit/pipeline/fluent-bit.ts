/*
 * The Fluent Bit configuration of the audit pipeline, as data, rendered in the classic
 * `[SECTION]` / `Key Value` format (internal: not part of the jsii API).
 *
 * Every option name below was checked against the Fluent Bit sources at tag v4.2.8 (the
 * default version of AuditLogPipeline), where each plugin declares its options in a
 * `config_map` (FLB_CONFIG_MAP_* entries), and against the documentation:
 * - tail input:          plugins/in_tail/tail.c            https://github.com/fluent/fluent-bit/blob/v4.2.8/plugins/in_tail/tail.c
 *                        https://docs.fluentbit.io/manual/pipeline/inputs/tail
 * - kubernetes filter:   plugins/filter_kubernetes/kubernetes.c  https://github.com/fluent/fluent-bit/blob/v4.2.8/plugins/filter_kubernetes/kubernetes.c
 *                        https://docs.fluentbit.io/manual/pipeline/filters/kubernetes
 * - s3 output:           plugins/out_s3/s3.c               https://github.com/fluent/fluent-bit/blob/v4.2.8/plugins/out_s3/s3.c
 *                        https://docs.fluentbit.io/manual/pipeline/outputs/s3
 * - service section:     https://docs.fluentbit.io/manual/administration/configuring-fluent-bit/classic-mode/configuration-file
 * Generic properties (`Mem_Buf_Limit`, `storage.type`, `Retry_Limit`, `tls`, `tls.verify`)
 * are handled by the engine for every input/output (src/flb_input.c, src/flb_output.c).
 */
import { invalidInput } from '../../errors';

/** One `[NAME]` section and its `Key Value` entries, in order. @internal */
export interface FluentBitSection {
  /** `SERVICE`, `INPUT`, `FILTER`, `OUTPUT` or `PARSER`. */
  readonly name: string;
  readonly entries: ReadonlyArray<readonly [string, string]>;
}

const KEY = /^[A-Za-z][A-Za-z0-9_.-]*$/;

/**
 * A value the classic format reads back unchanged: one line, no surrounding spaces (the
 * parser trims them), no `${` (the parser would expand it as an environment variable), and
 * not starting with `@` (directives such as `@INCLUDE`).
 * @internal
 */
export function checkClassicValue(what: string, value: string, fix: string): void {
  const ok = typeof value === 'string' && value.length > 0 && value.trim() === value
    && !/[\u0000-\u001f\u007f]/.test(value) && !value.includes('${') && !value.startsWith('@');
  if (ok) return;
  throw invalidInput({
    code: 'INVALID_FLUENT_BIT_VALUE',
    what,
    given: value,
    allowed: 'a non-empty value on one line, without surrounding spaces, without "${" (environment-variable expansion) and not starting with "@"',
    fix,
  });
}

/** Render sections in the classic format: a `[NAME]` line, then four-space-indented, aligned `Key Value` lines. @internal */
export function renderClassic(sections: readonly FluentBitSection[], header?: string): string {
  const lines: string[] = [];
  if (header) for (const line of header.split('\n')) lines.push(`# ${line}`.trimEnd());
  for (const section of sections) {
    if (lines.length > 0) lines.push('');
    lines.push(`[${section.name}]`);
    const width = Math.max(...section.entries.map(([k]) => k.length)) + 1;
    for (const [key, value] of section.entries) {
      if (!KEY.test(key)) throw new Error(`cdktf-sovereign: invalid Fluent Bit key "${key}" in [${section.name}]`);
      checkClassicValue(`Fluent Bit [${section.name}] ${key}`, value, 'report this as a bug in cdktf-sovereign.');
      lines.push(`    ${key.padEnd(width)}${value}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
