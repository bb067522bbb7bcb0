--[[
Test harness for lib/audit/redaction/redact.lua, run by lua-runner.ts with a real
interpreter (luajit, lua5.4, or wasmoon's Lua 5.4 through wasmoon-lua.js):

  <interpreter> harness.lua run  <script.lua> <input.lua>
  <interpreter> harness.lua work <script.lua> <input.lua>
  <interpreter> harness.lua load <script.lua> <input.lua>

input.lua returns a table (written by the test):
  run:  { records = { { name, tag, timestamp, record } }, hmac = { { name, key_hex, data_hex } },
          strings = { { name, text } }, bench = { { name, n, rounds, record, unique_ip } } }
  work: { work = { { name, record, keep } } }
  load: { configs = { { name, config } } }

Prints one JSON object on stdout, every byte >= 0x80 escaped as \u00XX (the runner turns
the strings back into bytes). Fluent Bit calls `redact(tag, timestamp, record)` exactly
like this harness does (filter_lua's 3-argument callback).

`work` counts, for one record, the Lua VM instructions (a count hook every 100
instructions, with LuaJIT's compiler off so that the hook fires) and the bytes the string
library scans (string.find from its start position to the end of its match or of the
string; the length of what sub, lower, gsub, rep, concat produce or read): a measure of
work that does not depend on the machine's speed or load.
]]

local mode, script, input_path = arg[1], arg[2], arg[3]
if not (mode and script and input_path) then
  error("usage: harness.lua run|work|load <script.lua> <input.lua>")
end

local function json(v)
  local t = type(v)
  if t == "nil" then return "null" end
  if t == "boolean" then return v and "true" or "false" end
  if t == "number" then
    if v == math.floor(v) and math.abs(v) < 2 ^ 53 then return string.format("%d", v) end
    return string.format("%.17g", v)
  end
  if t == "string" then
    return '"' .. v:gsub('[%c"\\\128-\255]', function(c)
      if c == '"' then return '\\"' end
      if c == "\\" then return "\\\\" end
      return string.format("\\u%04x", c:byte())
    end) .. '"'
  end
  if t == "table" then
    local n, max = 0, 0
    for k in pairs(v) do
      n = n + 1
      if type(k) == "number" and k >= 1 and k == math.floor(k) then
        if k > max then max = k end
      else
        max = -1
      end
    end
    local parts = {}
    if n > 0 and max == n then
      for i = 1, n do parts[i] = json(v[i]) end
      return "[" .. table.concat(parts, ",") .. "]"
    end
    for k, val in pairs(v) do parts[#parts + 1] = json(tostring(k)) .. ":" .. json(val) end
    table.sort(parts)
    return "{" .. table.concat(parts, ",") .. "}"
  end
  return json(tostring(v))
end

local function unhex(h)
  return (h:gsub("..", function(x) return string.char(tonumber(x, 16)) end))
end

local function copy(t)
  if type(t) ~= "table" then return t end
  local c = {}
  for k, v in pairs(t) do c[k] = copy(v) end
  return c
end

local input = dofile(input_path)
local out = { interpreter = _VERSION .. (rawget(_G, "jit") and (" " .. jit.version) or "") }

if mode == "load" then
  out.configs = {}
  for _, case in ipairs(input.configs or {}) do
    PII_REDACTION_CONFIG = case.config
    redact = nil
    local ok, err = pcall(dofile, script)
    out.configs[case.name] = { ok = ok, error = (not ok) and tostring(err) or nil, callback = type(redact) }
  end
  print(json(out))
  return
end

-- Mode "work": string functions are wrapped before the script is loaded (it keeps them in
-- locals), so that the bytes they scan are counted alongside the VM instructions.
local scanned = 0
if mode == "work" then
  local str = string
  local find, match, gmatch, sub, lower, gsub, rep = str.find, str.match, str.gmatch, str.sub, str.lower, str.gsub, str.rep
  local concat = table.concat
  -- find: the bytes from `init` to the end of the match (or of the string when there is none)
  str.find = function(s, p, init, plain)
    local r = { find(s, p, init, plain) }
    local from = init or 1
    if from < 0 then from = #s + from + 1 end
    scanned = scanned + ((r[1] and r[2] or #s) - from + 1)
    return (table.unpack or unpack)(r)
  end
  str.match = function(s, ...) scanned = scanned + #s return match(s, ...) end
  str.gmatch = function(s, ...) scanned = scanned + #s return gmatch(s, ...) end
  str.sub = function(s, i, j) local r = sub(s, i, j) scanned = scanned + #r + 1 return r end
  str.lower = function(s) scanned = scanned + #s return lower(s) end
  str.gsub = function(s, ...) scanned = scanned + #s return gsub(s, ...) end
  str.rep = function(s, n, ...) local r = rep(s, n, ...) scanned = scanned + #r return r end
  table.concat = function(t, ...) local r = concat(t, ...) scanned = scanned + #r + #t return r end
end

dofile(script)
local P = PII_REDACTION
out.backend = P.backend
out.keyed = P.keyed
out.key_problem = P.key_problem
out.key_env = P.key_env
out.on_missing_key = P.on_missing_key
out.max_record_bytes = P.max_record_bytes
out.on_oversize = P.on_oversize

out.records = {}
for _, case in ipairs(input.records or {}) do
  local code, ts, record = redact(case.tag or "kube.test", case.timestamp or 1714566645.5, case.record)
  out.records[case.name] = { code = code, timestamp = ts, record = record }
end

out.hmac = {}
for _, case in ipairs(input.hmac or {}) do
  out.hmac[case.name] = P.hmac_sha256_hex(unhex(case.key_hex), unhex(case.data_hex))
end

out.strings = {}
for _, case in ipairs(input.strings or {}) do
  out.strings[case.name] = { text = P.redact_string(case.text) }
end

out.work = {}
if mode == "work" then
  local jit_lib = rawget(_G, "jit")
  if jit_lib then
    jit_lib.off()
    jit_lib.flush()
  end
  for _, case in ipairs(input.work) do
    local record = copy(case.record)
    local ticks = 0
    scanned = 0
    debug.sethook(function() ticks = ticks + 1 end, "", 100)
    local code, _, result = redact("kube.work", 0, record)
    debug.sethook()
    out.work[case.name] = { instructions = ticks * 100, scanned = scanned, code = code, record = case.keep and result or nil }
  end
  if jit_lib then jit_lib.on() end
end

out.bench = {}
for _, case in ipairs(input.bench or {}) do
  -- Fresh copies of the record each round, as Fluent Bit hands over a new table per record.
  local records = {}
  for i = 1, case.n do
    local r = copy(case.record)
    if case.unique_ip then r.log = r.log .. " peer 10." .. (i % 250) .. "." .. math.floor(i / 250) % 250 .. ".7" end
    records[i] = r
  end
  -- `rounds` repetitions of the n records; the fastest round counts (the least disturbed by other load)
  local best
  for round = 1, case.rounds or 1 do
    if round > 1 then
      for i = 1, case.n do records[i] = copy(case.record) end
    end
    collectgarbage("collect") -- garbage of earlier rounds is not charged to this one
    local started = os.clock()
    for i = 1, case.n do redact("kube.bench", 0, records[i]) end
    local seconds = os.clock() - started
    if best == nil or seconds < best then best = seconds end
  end
  out.bench[case.name] = { n = case.n, seconds = best, microseconds_per_record = best / case.n * 1e6 }
end

out.stats = P.stats
print(json(out))
