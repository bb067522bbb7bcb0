--[[
Test harness for lib/audit/redaction/redact.lua, run by lua-runner.ts with a real
interpreter (luajit, lua5.4, or wasmoon's Lua 5.4 through wasmoon-lua.js):

  <interpreter> harness.lua run  <script.lua> <input.lua>
  <interpreter> harness.lua load <script.lua> <input.lua>

input.lua returns a table (written by the test):
  run:  { records = { { name, tag, timestamp, record } }, hmac = { { name, key_hex, data_hex } },
          strings = { { name, text } }, work = { { name, record } },
          bench = { { name, n, record, unique_ip } } }
  load: { configs = { { name, config } } }

Prints one JSON object on stdout, every byte >= 0x80 escaped as \u00XX (the runner turns
the strings back into bytes). Fluent Bit calls `redact(tag, timestamp, record)` exactly
like this harness does (filter_lua's 3-argument callback).

`work` counts the Lua VM instructions one record takes (a count hook every 100
instructions, with LuaJIT's compiler off so that the hook fires): a measure of work that
does not depend on the machine's speed or load.
]]

local mode, script, input_path = arg[1], arg[2], arg[3]
if not (mode and script and input_path) then
  error("usage: harness.lua run|load <script.lua> <input.lua>")
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
if input.work and #input.work > 0 then
  local jit_lib = rawget(_G, "jit")
  if jit_lib then
    jit_lib.off()
    jit_lib.flush()
  end
  for _, case in ipairs(input.work) do
    local record = copy(case.record)
    local ticks = 0
    debug.sethook(function() ticks = ticks + 1 end, "", 100)
    local code, _, result = redact("kube.work", 0, record)
    debug.sethook()
    out.work[case.name] = { instructions = ticks * 100, code = code, record = result }
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
  local started = os.clock()
  for i = 1, case.n do redact("kube.bench", 0, records[i]) end
  local seconds = os.clock() - started
  out.bench[case.name] = { n = case.n, seconds = seconds, microseconds_per_record = seconds / case.n * 1e6 }
end

out.stats = P.stats
print(json(out))
