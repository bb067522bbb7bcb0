/*
 * Jest reporter: after a run, one line per Lua interpreter saying how many tests of
 * redact.lua ran on it, or that they did NOT run and why (tests tagged `[lua:<id>]` by
 * test/audit/redaction/lua-runner.ts). Prints nothing when no such test was selected.
 */
'use strict';

class LuaSummaryReporter {
  onRunComplete(_contexts, results) {
    const vms = new Map();
    for (const file of results.testResults) {
      for (const t of file.testResults) {
        const title = [...t.ancestorTitles, t.title].join(' ');
        const m = /\[lua:([\w.]+)\]/.exec(title);
        if (!m) continue;
        const vm = vms.get(m[1]) ?? { passed: 0, failed: 0, notRun: 0, reasons: new Set() };
        if (t.status === 'passed') vm.passed++;
        else if (t.status === 'failed') vm.failed++;
        else if (t.status === 'todo') {
          vm.notRun++;
          const reason = /did NOT run: (.*)$/.exec(t.title);
          if (reason) vm.reasons.add(reason[1]);
        }
        if (vm.passed + vm.failed + vm.notRun > 0) vms.set(m[1], vm);
      }
    }
    if (vms.size === 0) return;
    const lines = ['', 'Lua tests of lib/audit/redaction/redact.lua, by interpreter:'];
    for (const [id, vm] of vms) {
      if (vm.passed + vm.failed === 0) {
        lines.push(`  ${id.padEnd(8)} did NOT run (${vm.notRun} suites): ${[...vm.reasons].join('; ')}`);
      } else {
        const extra = vm.notRun > 0 ? `, ${vm.notRun} not run` : '';
        lines.push(`  ${id.padEnd(8)} ${vm.passed} passed, ${vm.failed} failed${extra}`);
      }
    }
    process.stderr.write(`${lines.join('\n')}\n`);
  }
}

module.exports = LuaSummaryReporter;
