/**
 * Evidence for people: the data inventory and the sovereignty assessment of a report. The
 * engine registers, per checked configuration, how to collect its stores; the inventory is
 * built on first use, so checks that never render it pay nothing.
 * @internal
 */
import { ComplianceReport } from '../report/report';
import { ConfigurationEvidence, buildInventory, collectEvidence, Residency } from './inventory';
import { Suppression } from '../suppressions';
import { DataInventory } from './model';
import { RuleContext } from '../model/view';

type Source = () => ConfigurationEvidence;

const SOURCES = new WeakMap<ComplianceReport, Source[]>();
const SUPPRESSIONS = new WeakMap<ComplianceReport, Suppression[]>();
const INVENTORIES = new WeakMap<ComplianceReport, DataInventory>();

/** A lazy, memoized collector for one configuration. @internal */
export function evidenceSource(context: RuleContext, configuration: string): Source {
  let done: ConfigurationEvidence | undefined;
  return () => (done ??= collectEvidence(context, configuration));
}

/** Register the collectors of a report's configurations. @internal */
export function attachEvidence(report: ComplianceReport, sources: Source[], suppressions: Suppression[] = []): ComplianceReport {
  // A report rebuilt from itself, or given the same evidence twice, keeps one copy.
  SOURCES.set(report, [...new Set([...(SOURCES.get(report) ?? []), ...sources])]);
  SUPPRESSIONS.set(report, [...new Set([...(SUPPRESSIONS.get(report) ?? []), ...suppressions])]);
  return report;
}

/** The suppressions the engine applied to a report (with their expiry dates). @internal */
export function suppressionsOf(report: ComplianceReport): Suppression[] {
  return [...(SUPPRESSIONS.get(report) ?? [])];
}

/** Countries where the report's configurations put data, and what could not be located. @internal */
export function residencyOf(report: ComplianceReport): Residency[] {
  return (SOURCES.get(report) ?? []).map((s) => s().residency);
}

/** Give `to` the evidence of `from` (a report rebuilt from another). @internal */
export function copyEvidence(from: ComplianceReport, to: ComplianceReport): ComplianceReport {
  if (from === to) return to;
  return attachEvidence(to, SOURCES.get(from) ?? [], SUPPRESSIONS.get(from) ?? []);
}

/** The data inventory of a report, or undefined when the report was not made by the engine. @internal */
export function inventoryOf(report: ComplianceReport): DataInventory | undefined {
  const cached = INVENTORIES.get(report);
  if (cached) return cached;
  const sources = SOURCES.get(report);
  if (!sources) return undefined;
  const inventory = buildInventory(sources.map((s) => s()), report.findings, report.context.asOf);
  INVENTORIES.set(report, inventory);
  return inventory;
}

/** Everything the HTML report shows beyond the findings. @internal */
export interface ReportEvidence {
  readonly inventory: DataInventory;
  readonly residency: Residency[];
  readonly providers: string[];
  readonly suppressions: Suppression[];
}

/** The evidence of a report, or undefined when the report was not made by the engine. @internal */
export function evidenceOf(report: ComplianceReport): ReportEvidence | undefined {
  const inventory = inventoryOf(report);
  if (!inventory) return undefined;
  const residency = residencyOf(report);
  return { inventory, residency, providers: [...new Set(residency.flatMap((r) => r.providers))].sort(), suppressions: suppressionsOf(report) };
}

export type { DataInventory, InventoryRow } from './model';
export type { Residency } from './inventory';
