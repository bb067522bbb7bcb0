/**
 * Evidence for people: the data inventory and the sovereignty assessment of a report. The
 * engine registers, per checked configuration, how to collect its stores; the inventory is
 * built on first use, so checks that never render it pay nothing.
 * @internal
 */
import { ComplianceReport } from '../report/report';
import { ConfigurationEvidence, buildInventory, collectEvidence } from './inventory';
import { DataInventory } from './model';
import { RuleContext } from '../model/view';

type Source = () => ConfigurationEvidence;

const SOURCES = new WeakMap<ComplianceReport, Source[]>();
const INVENTORIES = new WeakMap<ComplianceReport, DataInventory>();

/** A lazy, memoized collector for one configuration. @internal */
export function evidenceSource(context: RuleContext, configuration: string): Source {
  let done: ConfigurationEvidence | undefined;
  return () => (done ??= collectEvidence(context, configuration));
}

/** Register the collectors of a report's configurations. @internal */
export function attachEvidence(report: ComplianceReport, sources: Source[]): ComplianceReport {
  SOURCES.set(report, [...(SOURCES.get(report) ?? []), ...sources]);
  return report;
}

/** Give `to` the evidence of `from` (a report rebuilt from another). @internal */
export function copyEvidence(from: ComplianceReport, to: ComplianceReport): ComplianceReport {
  return attachEvidence(to, SOURCES.get(from) ?? []);
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

export type { DataInventory, InventoryRow } from './model';
