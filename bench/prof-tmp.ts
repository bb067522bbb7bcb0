import { generateConfiguration } from './generate';
import { ComplianceEngine } from '../lib/compliance/engine';
import { Pack } from '../lib/compliance/packs';
import { locateFindings, SourcePositions } from '../lib/compliance/input/positions';
import { renderSarif } from '../lib/compliance/report/sarif';
const size = Number(process.argv[2]);
const pretty = JSON.stringify(generateConfiguration(size), null, 2);
const parsed = JSON.parse(pretty);
const report = new ComplianceEngine({ packs: Pack.builtIn(), asOf: '2026-11-28', clusterLocation: 'DE' }).check(parsed, 'b');
for (let i = 0; i < 3; i++) {
  let t = Date.now();
  const positions = new SourcePositions([{ file: 'x', text: pretty, syntax: 'json' }]);
  const r = locateFindings(report, () => ({ positions, configuration: parsed }));
  const a = Date.now() - t;
  t = Date.now(); renderSarif(report); const b = Date.now() - t;
  t = Date.now(); renderSarif(r); const c = Date.now() - t;
  console.log(size, 'locate', a, 'sarif plain', b, 'sarif located', c);
}
