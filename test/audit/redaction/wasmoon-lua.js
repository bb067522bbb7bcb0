#!/usr/bin/env node
/*
 * `node wasmoon-lua.js script.lua [args...]`: a `lua` command line on wasmoon, the reference
 * Lua 5.4 interpreter compiled to WebAssembly, installed by npm (devDependency), so that the
 * redaction filter's tests run on a real Lua VM wherever `npm ci` ran.
 *
 * What wasmoon 1.16.0 is: its build.sh compiles every C file of the lua/ git submodule (except
 * the lua.c and luac.c front ends) with emscripten; the submodule is https://github.com/lua/lua,
 * the PUC-Rio reference implementation, at commit be908a7d4d8130264ad67c5789169769f824c5d1
 * (`git describe`: v5.4.4-34-gbe908a7d, on the v5.4 branch before v5.4.5; lua.h says
 * LUA_VERSION_RELEASE "5"). So `_VERSION` is "Lua 5.4" and the string library, pattern matcher
 * and integer operators are the reference ones; the host I/O is emscripten's.
 *
 * The script and every argument that names an existing file are mounted at the same absolute
 * path in the VM's file system; the environment is passed on (os.getenv works); stdout and
 * stderr are the process's. Exit code 1 on a Lua error, as lua(1).
 */
'use strict';
const fs = require('fs');
const path = require('path');
const { LuaFactory } = require('wasmoon');

async function main() {
  const [script, ...args] = process.argv.slice(2);
  if (!script) {
    process.stderr.write('usage: wasmoon-lua.js script.lua [args...]\n');
    return 2;
  }
  const env = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
  const factory = new LuaFactory(undefined, env);
  const lua = await factory.createEngine({ enableProxy: false, injectObjects: false });
  const files = [script, ...args].map((f) => path.resolve(f)).filter((f) => fs.existsSync(f) && fs.statSync(f).isFile());
  for (const f of files) await factory.mountFile(f, fs.readFileSync(f));
  const lit = (s) => JSON.stringify(s); // ASCII paths and arguments: JSON escapes are Lua escapes
  const argTable = `arg = { [0] = ${lit(path.resolve(script))}, ${args.map((a) => lit(fs.existsSync(a) ? path.resolve(a) : a)).join(', ')} }`;
  try {
    lua.doStringSync(`${argTable}\ndofile(${lit(path.resolve(script))})\nio.stdout:flush()\nio.stderr:flush()`);
  } catch (e) {
    process.stderr.write(`wasmoon-lua: ${e && e.message ? e.message : String(e)}\n`);
    return 1;
  } finally {
    lua.global.close();
  }
  return 0;
}

main().then((code) => {
  process.exitCode = code;
});
