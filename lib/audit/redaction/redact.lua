--[[
PII redaction filter for Fluent Bit (filter_lua), shipped by cdktf-sovereign.

  [FILTER]
      Name            lua
      Match           *
      script          redact.lua
      call            redact
      protected_mode  false

Every string in the record (values at any depth, and map keys) is scanned for
e-mail addresses, IPv4 addresses, IPv6 addresses and user patterns; each hit is
replaced by a keyed pseudonym `<type:hhhhhhhhhhhhhhhh>`: the first 16 hex digits
of HMAC-SHA256(key, type .. ":" .. normalized value). Same value and key, same
pseudonym; another key, another pseudonym; the key never leaves the pod.
docs/audit-redaction.md says exactly what each matcher finds and leaves.

Configuration: an optional global table PII_REDACTION_CONFIG, set before this
file runs (PiiRedaction.renderScript() prepends it):
  key_env          name of the environment variable holding the key (REDACTION_KEY)
  email/ipv4/ipv6  false switches a built-in matcher off (all on by default)
  patterns         list of { pattern = "<Lua pattern>", label = "pii" }
  on_missing_key   "mask" (default): values become <type:unkeyed>; "drop": records are dropped
  redact_keys      false leaves map keys alone (default true)
  max_record_bytes records with more bytes of text get no user patterns (default 1 MiB)
  on_oversize      "tombstone" (default): such a record is replaced by a tombstone;
                   "builtins": it is redacted by the built-in matchers only and marked

Fail-closed rules: a key that is missing, shorter than 16 bytes or of fewer than
8 distinct bytes never lets personal data through (see on_missing_key); an
invalid configuration or a user pattern that could take super-linear time stops
the script from loading, so Fluent Bit refuses to start; an error while
redacting one record replaces that record by a fixed tombstone instead of
passing it through.

Runs on LuaJIT 2.1 (Fluent Bit's interpreter; `bit` library) and Lua 5.3/5.4
(native integer operators, compiled with load() so LuaJIT never parses them).
]]

local VERSION = "2"
local DIGEST_HEX = 16
local MIN_KEY_BYTES = 16
local MIN_KEY_DISTINCT = 8
local MAX_DEPTH = 64
local CACHE_LIMIT = 4096
local DEFAULT_MAX_RECORD_BYTES = 1048576

local byte, char, find, sub, format, lower, gsub, rep =
  string.byte, string.char, string.find, string.sub, string.format, string.lower, string.gsub, string.rep
local concat = table.concat
local type, pairs, ipairs, tonumber, pcall, error, tostring = type, pairs, ipairs, tonumber, pcall, error, tostring

---------------------------------------------------------------------------
-- 32-bit primitives, chosen once at load time.
---------------------------------------------------------------------------
local band, bor, bxor, bnot, rshift, ror, tobit, tohex8, BACKEND

-- Lua 5.3+: 64-bit integers and native operators, compiled through load() so
-- that LuaJIT, which cannot parse `~` or `>>`, never sees this source as code.
local NATIVE_OPS = [[
  local M = 0xffffffff
  return
    function(a, b) return a & b end,
    function(a, b) return a | b end,
    function(a, b, c) if c then return a ~ b ~ c end return a ~ b end,
    function(a) return ~a & M end,
    function(a, n) return (a & M) >> n end,
    function(a, n) a = a & M; return ((a >> n) | (a << (32 - n))) & M end,
    function(a) return math.tointeger(a % 4294967296) end,
    function(a) return string.format("%08x", a & M) end
]]
local native = math.type ~= nil and math.tointeger ~= nil and (load or loadstring)(NATIVE_OPS) or nil
if native then
  band, bor, bxor, bnot, rshift, ror, tobit, tohex8 = native()
  BACKEND = "native"
else
  local bitlib = rawget(_G, "bit")
  if bitlib == nil then
    local ok, lib = pcall(require, "bit")
    if ok then bitlib = lib end
  end
  if type(bitlib) ~= "table" then
    error("redact.lua: needs LuaJIT (bit library) or Lua 5.3+; running on " .. tostring(_VERSION))
  end
  band, bor, bxor, bnot, rshift, ror, tobit =
    bitlib.band, bitlib.bor, bitlib.bxor, bitlib.bnot, bitlib.rshift, bitlib.ror, bitlib.tobit
  local bithex = bitlib.tohex
  tohex8 = function(a) return bithex(a, 8) end
  BACKEND = "bit"
end

---------------------------------------------------------------------------
-- SHA-256 (FIPS 180-4) and HMAC (RFC 2104).
---------------------------------------------------------------------------
local K = {
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
}
for i = 1, 64 do K[i] = tobit(K[i]) end

local H0 = {
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
}
for i = 1, 8 do H0[i] = tobit(H0[i]) end

local W = {}

-- Process the 64-byte block of `s` starting at `pos` into state `H` (8 words).
local function compress(H, s, pos)
  local w = W
  for j = 1, 16 do
    local b1, b2, b3, b4 = byte(s, pos, pos + 3)
    w[j] = tobit(b1 * 16777216 + b2 * 65536 + b3 * 256 + b4)
    pos = pos + 4
  end
  for j = 17, 64 do
    local x, y = w[j - 15], w[j - 2]
    local s0 = bxor(ror(x, 7), ror(x, 18), rshift(x, 3))
    local s1 = bxor(ror(y, 17), ror(y, 19), rshift(y, 10))
    w[j] = tobit(w[j - 16] + s0 + w[j - 7] + s1)
  end
  local a, b, c, d, e, f, g, h = H[1], H[2], H[3], H[4], H[5], H[6], H[7], H[8]
  for j = 1, 64 do
    local S1 = bxor(ror(e, 6), ror(e, 11), ror(e, 25))
    local ch = bxor(band(e, f), band(bnot(e), g))
    local t1 = h + S1 + ch + K[j] + w[j]
    local S0 = bxor(ror(a, 2), ror(a, 13), ror(a, 22))
    local maj = bxor(band(a, b), band(a, c), band(b, c))
    h, g, f, e, d, c, b, a = g, f, e, tobit(d + t1), c, b, a, tobit(t1 + S0 + maj)
  end
  H[1], H[2], H[3], H[4] = tobit(H[1] + a), tobit(H[2] + b), tobit(H[3] + c), tobit(H[4] + d)
  H[5], H[6], H[7], H[8] = tobit(H[5] + e), tobit(H[6] + f), tobit(H[7] + g), tobit(H[8] + h)
end

-- Big-endian 8-byte length field for `bits` (< 2^53).
local function length_field(bits)
  local out = {}
  for i = 8, 1, -1 do
    out[i] = char(bits % 256)
    bits = (bits - bits % 256) / 256
  end
  return concat(out)
end

-- Continue hashing `msg` from `state` (a copy is taken), `prefix_len` bytes
-- having been absorbed already; returns the 8 state words.
local function sha256_words(state, prefix_len, msg)
  local H = { state[1], state[2], state[3], state[4], state[5], state[6], state[7], state[8] }
  local len = #msg
  local pad = 64 - ((len + 9) % 64)
  if pad == 64 then pad = 0 end
  local data = msg .. "\128" .. rep("\0", pad) .. length_field((prefix_len + len) * 8)
  for pos = 1, #data, 64 do compress(H, data, pos) end
  return H
end

local function words_to_bytes(H)
  local out = {}
  for i = 1, 8 do
    local v = H[i] % 4294967296
    out[i] = char(
      (v - v % 16777216) / 16777216,
      (v % 16777216 - v % 65536) / 65536,
      (v % 65536 - v % 256) / 256,
      v % 256)
  end
  return concat(out)
end

local function words_to_hex(H, n)
  local out = {}
  for i = 1, 8 do out[i] = tohex8(H[i]) end
  return sub(concat(out), 1, n or 64)
end

local function xor_pad(key, pad_byte)
  local out = {}
  for i = 1, 64 do out[i] = char(bxor(byte(key, i) or 0, pad_byte)) end
  return concat(out)
end

-- Precompute the HMAC inner and outer states for `key`, so that each pseudonym
-- costs two compressions for short values (RFC 2104 section 4 suggests this).
local function hmac_context(key)
  if #key > 64 then key = words_to_bytes(sha256_words(H0, 0, key)) end
  local inner = { H0[1], H0[2], H0[3], H0[4], H0[5], H0[6], H0[7], H0[8] }
  local outer = { H0[1], H0[2], H0[3], H0[4], H0[5], H0[6], H0[7], H0[8] }
  compress(inner, xor_pad(key, 0x36), 1)
  compress(outer, xor_pad(key, 0x5c), 1)
  return { inner = inner, outer = outer }
end

local function hmac_hex(ctx, msg, n)
  local inner = words_to_bytes(sha256_words(ctx.inner, 64, msg))
  return words_to_hex(sha256_words(ctx.outer, 64, inner), n)
end

---------------------------------------------------------------------------
-- User pattern checks (mirrored by lib/audit/redaction/pattern-analysis.ts,
-- which also proposes a safe rewrite). A pattern is accepted only if Lua's
-- backtracking matcher runs it in time linear in the line length:
--  * every unbounded repetition (* + -) over a class C is fenced on the left by
--    a mandatory item disjoint from C somewhere before it (or a frontier %f[S]
--    with C inside S), so a run of C is entered from one place only, and
--    terminated on the right by a
--    mandatory item disjoint from C (or the pattern's end) when another
--    repetition follows, so a failed match backs out of the run in one step per
--    character instead of re-splitting it
--    (the fence is not needed when nothing mandatory follows the run: the match
--    then succeeds as soon as the run is entered);
--  * optional items (?) that can match what follows them: at most 3 (2^3 tries);
--  * no %b (it rescans the rest of the line for every unmatched opener).
-- Then every text position is visited by a bounded number of match attempts.
---------------------------------------------------------------------------
local MAX_PATTERN_LENGTH = 256
local MAX_AMBIGUOUS_OPTIONALS = 3
local RESERVED_LABELS = { email = true, ipv4 = true, ipv6 = true, user = true }

-- The set of bytes (byte -> true) a single-character pattern item matches, as
-- Lua itself matches it in this interpreter.
local function item_set(src)
  local set = {}
  local anchored = "^" .. src .. "$"
  for b = 0, 255 do
    if find(char(b), anchored) then set[b] = true end
  end
  return set
end

local function disjoint(a, b)
  for k in pairs(a) do
    if b[k] then return false end
  end
  return true
end

local function subset(a, b)
  for k in pairs(a) do
    if not b[k] then return false end
  end
  return true
end

-- Split a pattern into items; raises on syntax Lua 5.1 and 5.4 do not share.
local function parse_pattern(p)
  local items, i, n = {}, 1, #p
  local captures, open = 0, 0

  local function check_class(nx)
    if find(nx, "%a") and not find(nx, "^[acdlpsuwxACDLPSUWX]$") then
      -- %g, %z and other letters mean different things in Lua 5.1 and 5.4
      error("unknown character class %" .. nx .. "; use %a %c %d %l %p %s %u %w %x or their upper-case complements", 0)
    end
  end

  -- Index of the "]" closing the set that opens at `j` (just after "[").
  local function set_end(j)
    if sub(p, j, j) == "^" then j = j + 1 end
    if sub(p, j, j) == "]" then j = j + 1 end
    while j <= n and sub(p, j, j) ~= "]" do
      if sub(p, j, j) == "%" then
        j = j + 1
        check_class(sub(p, j, j))
      end
      j = j + 1
    end
    if j > n then error("unterminated [set]", 0) end
    return j
  end

  while i <= n do
    local c = sub(p, i, i)
    local item
    if c == "%" then
      local nx = sub(p, i + 1, i + 1)
      if nx == "" then error("pattern ends with a lone %", 0) end
      if find(nx, "%d") then error("back-references (%1-%9) are not supported", 0) end
      if nx == "b" then
        error("%b (balanced match) rescans the rest of the line for every unmatched opener (quadratic time); " ..
          "match the innermost pair with a set instead", 0)
      elseif nx == "f" then
        if sub(p, i + 2, i + 2) ~= "[" then error("%f must be followed by a [set]", 0) end
        local e = set_end(i + 3)
        item = { kind = "frontier", src = sub(p, i + 2, e), stop = e }
      else
        check_class(nx)
        item = { kind = "char", src = sub(p, i, i + 1), stop = i + 1 }
      end
    elseif c == "[" then
      local e = set_end(i + 1)
      item = { kind = "char", src = sub(p, i, e), stop = e }
    elseif c == "(" then
      if sub(p, i + 1, i + 1) == ")" then error("position captures () are not supported", 0) end
      captures = captures + 1
      if captures > 1 then error("at most one capture is allowed", 0) end
      open = open + 1
      item = { kind = "open", stop = i }
    elseif c == ")" then
      if open == 0 then error("unbalanced )", 0) end
      open = open - 1
      item = { kind = "close", stop = i }
    elseif c == "*" or c == "+" or c == "-" or c == "?" then
      local prev = items[#items]
      if prev == nil or prev.kind ~= "char" or prev.q then
        error("quantifier " .. c .. " follows nothing it can repeat; escape it as %" .. c, 0)
      end
      prev.q = c
      item = nil
    elseif c == "^" and i == 1 then
      error("pattern must not be anchored with ^", 0)
    elseif c == "$" and i == n then
      error("pattern must not be anchored with $", 0)
    else
      item = { kind = "char", src = c, stop = i, any = (c == ".") }
    end
    if item then items[#items + 1] = item end
    i = (item and item.stop or i) + 1
  end
  if open > 0 then error("unbalanced (", 0) end
  return items, captures == 1
end

local function quoted(item)
  return "`" .. item.src .. (item.q or "") .. "`"
end

-- Raise with the reason if `items` may take super-linear time or match "".
local function check_linear(items)
  local required, ambiguous = 0, 0
  local chars = {}
  for _, it in ipairs(items) do
    if it.kind == "char" or it.kind == "frontier" then
      it.set = item_set(it.src)
      chars[#chars + 1] = it
    end
    if it.kind == "char" and (it.q == nil or it.q == "+") then required = required + 1 end
  end
  local function mandatory(it) return it.kind == "frontier" or it.q == nil or it.q == "+" end
  local function blocks(it, c)
    -- Can `it` match a character of set `c`? (A frontier at a C character only if C meets its set.)
    return not disjoint(it.set, c)
  end
  for k, it in ipairs(chars) do
    if it.q and it.q ~= "?" then
      if it.any then
        error("." .. it.q .. " (any run of characters) is not allowed; use a set such as [^ ]" .. it.q, 0)
      end
      -- terminator: the items after the run, up to the first mandatory one, when
      -- another repetition follows (else a failed match backs out of the run at a
      -- cost of the fixed rest per character: linear)
      local later_run = false
      for j = k + 1, #chars do
        if chars[j].q and chars[j].q ~= "?" then later_run = true end
      end
      for j = k + 1, later_run and #chars or 0 do
        local nx = chars[j]
        if blocks(nx, it.set) then
          error(quoted(it) .. " is followed by " .. quoted(nx) .. ", which matches some of the same characters: " ..
            "a failed match retries every split of the run (quadratic time or worse)", 0)
        end
        if mandatory(nx) then break end
      end
      -- fence: a mandatory item before the run that cannot match C (or a frontier
      -- whose set covers C), so that no other start can enter the same run; only
      -- needed when the match can still fail after the run
      local can_fail = false
      for j = k + 1, #chars do
        if mandatory(chars[j]) then can_fail = true end
      end
      local fenced = not can_fail
      for j = k - 1, 1, -1 do
        if fenced then break end
        local pv = chars[j]
        if pv.kind == "frontier" then
          fenced = subset(it.set, pv.set)
        elseif mandatory(pv) then
          fenced = disjoint(pv.set, it.set)
        end
      end
      if not fenced then
        if k == 1 or (k == 2 and chars[1].kind == "frontier") then
          error("leading repetition " .. quoted(it) .. ": the search retries it at every position of a line " ..
            "(quadratic time); start with a literal or a frontier such as %f[%w]", 0)
        end
        error(quoted(it) .. " has no item before it that excludes its characters: every position inside a run " ..
          "of them starts a new match that rescans the run (quadratic time)", 0)
      end
    elseif it.q == "?" then
      for j = k + 1, #chars do
        local nx = chars[j]
        if blocks(nx, it.set) then
          ambiguous = ambiguous + 1
          break
        end
        if mandatory(nx) then break end
      end
    end
  end
  if ambiguous > MAX_AMBIGUOUS_OPTIONALS then
    error("more than " .. MAX_AMBIGUOUS_OPTIONALS .. " optional items (?) that can match what follows them " ..
      "(each one doubles the tries)", 0)
  end
  if required <= 0 then error("pattern can match the empty string", 0) end
end

-- Returns the pattern rewritten for searching (its one capture, if any, wrapped in
-- position captures) and whether it has a capture; raises on anything unsafe.
local function compile_pattern(p, label)
  if type(p) ~= "string" or p == "" then error("pattern must be a non-empty string", 0) end
  if #p > MAX_PATTERN_LENGTH then error("pattern is longer than " .. MAX_PATTERN_LENGTH .. " bytes", 0) end
  if type(label) ~= "string" or #label > 16 or not find(label, "^[a-z][a-z0-9_]*$") or RESERVED_LABELS[label] then
    error("label must be 1-16 of a-z, 0-9, _ starting with a letter, and not email/ipv4/ipv6/user", 0)
  end
  local items, has_capture = parse_pattern(p)
  check_linear(items)
  local out = {}
  for _, it in ipairs(items) do
    if it.kind == "open" then
      out[#out + 1] = "()("
    elseif it.kind == "close" then
      out[#out + 1] = ")()"
    elseif it.kind == "frontier" then
      out[#out + 1] = "%f" .. it.src
    else
      out[#out + 1] = it.src .. (it.q or "")
    end
  end
  return concat(out), has_capture
end

---------------------------------------------------------------------------
-- Configuration and key.
---------------------------------------------------------------------------
local config = rawget(_G, "PII_REDACTION_CONFIG")
if config == nil then config = {} end
if type(config) ~= "table" then error("redact.lua: PII_REDACTION_CONFIG must be a table", 0) end

local KEY_ENV = config.key_env or "REDACTION_KEY"
if type(KEY_ENV) ~= "string" or not find(KEY_ENV, "^[%a_][%w_]*$") then
  error("redact.lua: key_env must be an environment variable name", 0)
end
local ON_MISSING_KEY = config.on_missing_key or "mask"
if ON_MISSING_KEY ~= "mask" and ON_MISSING_KEY ~= "drop" then
  error("redact.lua: on_missing_key must be \"mask\" or \"drop\"", 0)
end
local MAX_RECORD_BYTES = config.max_record_bytes or DEFAULT_MAX_RECORD_BYTES
if type(MAX_RECORD_BYTES) ~= "number" or MAX_RECORD_BYTES < 1024 or MAX_RECORD_BYTES ~= math.floor(MAX_RECORD_BYTES) then
  error("redact.lua: max_record_bytes must be a whole number of at least 1024", 0)
end
local ON_OVERSIZE = config.on_oversize or "tombstone"
if ON_OVERSIZE ~= "tombstone" and ON_OVERSIZE ~= "builtins" then
  error("redact.lua: on_oversize must be \"tombstone\" or \"builtins\"", 0)
end
local ENABLE_EMAIL = config.email ~= false
local ENABLE_IPV4 = config.ipv4 ~= false
local ENABLE_IPV6 = config.ipv6 ~= false
local REDACT_KEYS = config.redact_keys ~= false

local USER = {}
for idx, entry in ipairs(config.patterns or {}) do
  if type(entry) ~= "table" then error("redact.lua: patterns[" .. tostring(idx) .. "] must be a table", 0) end
  local label = entry.label or "pii"
  local ok, compiled, has_capture = pcall(compile_pattern, entry.pattern, label)
  if not ok then
    error("redact.lua: patterns[" .. tostring(idx) .. "] " .. format("%q", tostring(entry.pattern)) .. ": " .. compiled, 0)
  end
  USER[#USER + 1] = { pattern = compiled, capture = has_capture, label = label }
end

-- Why `key` (trailing newlines already removed) is unusable, or nil. Besides the
-- length, a key of few distinct bytes (one repeated character, spaces, "abab…")
-- is guessable and counts as missing.
local function key_problem(key)
  if key == nil then return "not set" end
  if #key < MIN_KEY_BYTES then return "shorter than " .. MIN_KEY_BYTES .. " bytes" end
  local seen, distinct = {}, 0
  for i = 1, #key do
    local b = byte(key, i)
    if not seen[b] then
      seen[b] = true
      distinct = distinct + 1
    end
  end
  if not find(key, "[^%s]") then return "only whitespace" end
  if distinct < MIN_KEY_DISTINCT then
    return "made of fewer than " .. MIN_KEY_DISTINCT .. " distinct bytes (guessable)"
  end
  return nil
end

-- Trailing newlines are dropped, exactly as a shell's "$(cat keyfile)" drops them
-- (so the openssl recipe in docs/audit-redaction.md computes the same pseudonyms);
-- a carriage return stays part of the key in both.
local raw_key = os.getenv(KEY_ENV)
if raw_key ~= nil then raw_key = gsub(raw_key, "\n+$", "") end
local KEY_PROBLEM = key_problem(raw_key)
local KEYED = KEY_PROBLEM == nil
local HMAC = KEYED and hmac_context(raw_key) or nil
raw_key = nil
if not KEYED then
  io.stderr:write(format("[redact.lua] WARNING: %s is %s; %s\n", KEY_ENV, KEY_PROBLEM,
    ON_MISSING_KEY == "drop" and "dropping every record" or "replacing personal data by <type:unkeyed>"))
end

-- Counters for operators and tests (PII_REDACTION.stats).
local stats = { records = 0, redacted = 0, oversize = 0, tombstones = 0, errors = 0, merged_keys = 0 }

---------------------------------------------------------------------------
-- Pseudonyms.
---------------------------------------------------------------------------
local cache, cache_size = {}, 0

-- `label` names the type; `value` is the normalized value that is hashed.
local function pseudonym(label, value)
  local input = label .. ":" .. value
  local hit = cache[input]
  if hit then return hit end
  local token
  if HMAC then
    token = "<" .. label .. ":" .. hmac_hex(HMAC, input, DIGEST_HEX) .. ">"
  else
    token = "<" .. label .. ":unkeyed>"
  end
  if cache_size >= CACHE_LIMIT then cache, cache_size = {}, 0 end
  cache[input] = token
  cache_size = cache_size + 1
  return token
end

---------------------------------------------------------------------------
-- Matchers. Each one scans the original string once, left to right, and
-- appends the spans it finds to a flat list (start, end, label, normalized
-- value, start, …), sorted and non-overlapping. User patterns do the same.
-- render() then merges all lists in one pass: overlapping spans become one
-- pseudonym, so every matcher sees the original text and none can cut into
-- another's result. Every matcher looks at each byte a bounded number of
-- times (anchors are found with string.find from a position that only moves
-- forward; backward scans stop at the previous anchor), so the cost is linear
-- in the string's length for any number of patterns.
---------------------------------------------------------------------------

local function byte_set(ranges, extra)
  local set = extra or {}
  for i = 1, #ranges, 2 do
    for b = byte(ranges, i), byte(ranges, i + 1) do set[b] = true end
  end
  return set
end
local DIGIT = byte_set("09")
local ALPHA = byte_set("AZaz")
local HEX = byte_set("09AFaf")
-- Local part of an address (RFC 5322 atext without the characters that delimit
-- fields in logs and URLs: ! # $ % & * / ? ^ ` { | } ~); "=" and "'" are handled
-- below; bytes >= 0x80 (RFC 6531 UTF-8) are checked one character at a time.
local LOCAL = byte_set("09AZaz..__++--''==")
local DOMAIN = byte_set("09AZaz--..")
-- RFC 3986 userinfo: unreserved, pct-encoded, sub-delims and ":".
local USERINFO = byte_set("09AZaz--..__~~%%!!$$&&''((**++,,;;==::")
local SCP_PATH = byte_set("09AZaz__..//~~--")
local HEXRUN = byte_set("09AFaf::..")          -- IPv6 run (dots for an IPv4 tail)
local ZONE = byte_set("09AZaz__--..~~")        -- IPv6 zone id
-- A letter or digit right before a run of hex digits and colons makes the run's first
-- field the end of a word ("ipv6:", "src:"); "_" and UTF-8 do not (host_2001:db8::1).
local GLUE = byte_set("09AZaz")

-- Unicode punctuation and spaces that end an address written in UTF-8 text:
-- no-break space, « », ¡ ¿ § ¶ ·, General Punctuation (dashes, quotes, ellipsis,
-- zero-width and other spaces), CJK punctuation (、。「」), the byte order mark and
-- the full-width ASCII punctuation.
local function unicode_boundary(cp)
  return cp == 0xA0 or cp == 0xAB or cp == 0xBB or cp == 0xA1 or cp == 0xBF or cp == 0xA7 or cp == 0xB6
    or cp == 0xB7 or (cp >= 0x2000 and cp <= 0x206F) or (cp >= 0x3000 and cp <= 0x303F) or cp == 0xFEFF
    or (cp >= 0xFE10 and cp <= 0xFE1F) or (cp >= 0xFE30 and cp <= 0xFE6F)
    or (cp >= 0xFF01 and cp <= 0xFF0F) or (cp >= 0xFF1A and cp <= 0xFF20)
    or (cp >= 0xFF3B and cp <= 0xFF40) or (cp >= 0xFF5B and cp <= 0xFF65)
end

-- The code point of the UTF-8 sequence starting at `i` and its length; nil and 1
-- for a byte that does not start a valid sequence (such bytes count as letters:
-- invalid input errs on the side of redaction).
local function utf8_at(s, i)
  local b = byte(s, i)
  local n, cp
  if b < 0x80 then return b, 1
  elseif b >= 0xC2 and b <= 0xDF then n, cp = 2, b - 0xC0
  elseif b >= 0xE0 and b <= 0xEF then n, cp = 3, b - 0xE0
  elseif b >= 0xF0 and b <= 0xF4 then n, cp = 4, b - 0xF0
  else return nil, 1 end
  for k = 1, n - 1 do
    local c = byte(s, i + k)
    if c == nil or c < 0x80 or c > 0xBF then return nil, 1 end
    cp = cp * 64 + (c - 0x80)
  end
  return cp, n
end

-- The sequence ending at `i` (not before `floor`): its code point and first byte.
local function utf8_before(s, i, floor)
  local j = i
  while j > floor and j > i - 3 and byte(s, j) >= 0x80 and byte(s, j) <= 0xBF do j = j - 1 end
  local cp, n = utf8_at(s, j)
  if cp and j + n - 1 == i then return cp, j end
  return nil, i
end

local function push(out, s_, e_, label, value)
  local n = #out
  out[n + 1], out[n + 2], out[n + 3], out[n + 4] = s_, e_, label, value
end

-- Start of the local part ending at q - 1, not before `floor`.
local function local_start(s, q, floor)
  local i = q - 1
  while i >= floor do
    local b = byte(s, i)
    if LOCAL[b] then
      i = i - 1
    elseif b == 37 and i + 2 < q and HEX[byte(s, i + 1)] and HEX[byte(s, i + 2)] then -- %HH
      i = i - 1
    elseif b >= 0x80 then
      local cp, j = utf8_before(s, i, floor)
      if cp and unicode_boundary(cp) then break end
      i = j - 1
    else
      break
    end
  end
  local ls = i + 1
  if byte(s, q - 1) == 34 then -- a quoted local part: "john smith"@example.com
    local limit = q - 130
    if limit < floor then limit = floor end
    for j = q - 2, limit, -1 do
      if byte(s, j) == 34 then return j end
    end
  end
  -- key=value (logfmt, query strings): "user=" is a field name, not part of the address
  local eq = find(sub(s, ls, q - 1), "=", 1, true)
  if eq and find(sub(s, ls, ls + eq - 2), "^[%a_][%w_%.%-]*$") then ls = ls + eq end
  while ls < q do
    local b = byte(s, ls)
    if b ~= 46 and b ~= 39 and b ~= 61 then break end -- leading . ' = are punctuation
    ls = ls + 1
  end
  return ls
end

-- Last byte of the domain starting at `d`, or nil: a domain literal [..], or
-- labels of letters, digits, hyphens and UTF-8 letters whose last label starts
-- with a TLD of two or more letters (or is an xn-- A-label). What follows the
-- TLD's letters is not part of the address: "example.com2024" ends at "com".
local function domain_end(s, d)
  local b = byte(s, d)
  if b == nil then return nil end
  if b == 91 then -- "[": address literal, [192.0.2.1] or [IPv6:2001:db8::1]
    local close = find(sub(s, d + 1, d + 64), "]", 1, true) -- bounded: no rescans of the line
    if close and close > 1 and not find(sub(s, d + 1, d + close - 1), "[^%w:%.]") then
      return d + close
    end
    return nil
  end
  local re, i = d - 1, d
  while true do
    local c = byte(s, i)
    if c == nil then break end
    if DOMAIN[c] then
      i = i + 1
    elseif c >= 0x80 then
      local cp, len = utf8_at(s, i)
      if cp and unicode_boundary(cp) then break end
      i = i + len
    else
      break
    end
    re = i - 1
  end
  local best, label_start, index = nil, d, 0
  for j = d, re + 1 do
    local c = (j <= re) and byte(s, j) or 46
    if c == 46 then
      if j == label_start then break end -- empty label: the domain ended before
      if index >= 1 then
        if j - label_start > 4 and lower(sub(s, label_start, label_start + 3)) == "xn--" then
          best = j - 1
        else
          local k = label_start
          while k < j and (ALPHA[byte(s, k)] or byte(s, k) >= 0x80) do k = k + 1 end
          if k - label_start >= 2 then best = k - 1 end
        end
      end
      index = index + 1
      label_start = j + 1
    end
  end
  return best
end

local function percent_decode(v)
  return (gsub(v, "%%(%x%x)", function(h) return char(tonumber(h, 16)) end))
end

-- E-mail addresses (with "@", "%40" or "%2540"), URL userinfo (scheme://user@host)
-- and scp-style user@host:path. Addresses are hashed lower-cased (ASCII) and
-- percent-decoded when the "@" was encoded; a user name is hashed as written.
local function email_spans(s, out)
  local pos, floor = 1, 1
  while true do
    local q = find(s, "[@%%]", pos)
    if not q then return end
    local anchor_end, decode = q, 0
    if byte(s, q) == 37 then
      local h = lower(sub(s, q + 1, q + 4))
      if sub(h, 1, 2) == "40" then
        anchor_end, decode = q + 2, 1
      elseif h == "2540" then
        anchor_end, decode = q + 4, 2
      else
        anchor_end = nil
      end
    end
    local next_pos = (anchor_end or q) + 1
    if anchor_end then
      local matched = false
      if decode == 0 then
        -- scheme://userinfo@host: the account (and any password) is redacted, the host kept
        local us = q
        while us > floor and us > q - 256 and USERINFO[byte(s, us - 1)] do us = us - 1 end
        if us < q and us >= 3 and byte(s, us - 1) == 47 and byte(s, us - 2) == 47 then
          push(out, us, q - 1, "user", sub(s, us, q - 1))
          matched, next_pos = true, q + 1
        end
      end
      if not matched then
        local ls = local_start(s, q, floor)
        local de = ls < q and domain_end(s, anchor_end + 1)
        if de then
          local nx = byte(s, de + 1)
          if decode == 0 and nx == 58 and SCP_PATH[byte(s, de + 2)] and find(sub(s, anchor_end + 1, de), ".", 1, true) then
            -- user@host:path (scp, git over ssh): the user is redacted, the host and path kept
            push(out, ls, q - 1, "user", sub(s, ls, q - 1))
          else
            local lp = sub(s, ls, q - 1)
            for _ = 1, decode do lp = percent_decode(lp) end
            push(out, ls, de, "email", lower(lp .. "@" .. sub(s, anchor_end + 1, de)))
          end
          next_pos = de + 1
        end
      end
    end
    if anchor_end then floor = next_pos end -- a "%" that is not "%40" is part of a local part
    pos = next_pos
  end
end

-- Dotted-quad octets (1-3 digits, 0-255) or nil.
local function octet(s, a, b)
  if b < a or b - a > 2 then return nil end
  local v = tonumber(sub(s, a, b))
  if v > 255 then return nil end
  return v
end

-- IPv4: four dotted decimal octets as a run of digits and dots (leading and
-- trailing dots are punctuation). A fifth part of 1-5 digits is a port as
-- tcpdump writes it (10.0.0.1.443) and is kept. Runs of 3 or 6+ parts are
-- versions or OIDs, and a run right after a lone "v" is a version (v1.2.3.4).
-- Letters around the address do not protect it (ip10.0.0.1, host_10.0.0.1).
local function ipv4_spans(s, out)
  local pos, n = 1, #s
  while true do
    local ds = find(s, "%d", pos)
    if not ds then return end
    local de = (find(s, "[^%d%.]", ds) or (n + 1)) - 1
    -- parts of the run, split at dots; ".." starts a new sequence
    local starts, ends, count = {}, {}, 0
    local i = ds
    local function flush(before)
      local b = byte(s, before)
      local version = (b == 118 or b == 86) and not ALPHA[byte(s, before - 1)]
      if (count == 4 or (count == 5 and ends[5] - starts[5] <= 4)) and not version then
        local o1, o2 = octet(s, starts[1], ends[1]), octet(s, starts[2], ends[2])
        local o3, o4 = octet(s, starts[3], ends[3]), octet(s, starts[4], ends[4])
        if o1 and o2 and o3 and o4 then
          push(out, starts[1], ends[4], "ipv4", o1 .. "." .. o2 .. "." .. o3 .. "." .. o4)
        end
      end
      count = 0
    end
    local seq_before = ds - 1
    while i <= de do
      local j = i
      while j <= de and byte(s, j) ~= 46 do j = j + 1 end
      if j > i then
        count = count + 1
        if count <= 6 then starts[count], ends[count] = i, j - 1 end
      else
        flush(seq_before)
        seq_before = i
      end
      i = j + 1
    end
    flush(seq_before)
    pos = de + 1
  end
end

-- Parse one side of "::" into `groups` (appending); false when malformed.
local function ipv6_groups(part, groups)
  if part == "" then return true end
  local count = 0
  for g in (part .. ":"):gmatch("([^:]*):") do
    if not find(g, "^%x%x?%x?%x?$") then return false end
    groups[#groups + 1] = tonumber(g, 16)
    count = count + 1
  end
  return count > 0
end

-- The canonical form (8 groups of 4 lower-case hex digits) or nil.
local function ipv6_canonical(a)
  if not find(a, "%x") then return nil end
  local v4 = a:match(":(%d+%.[%d%.]*)$")
  if v4 then
    local o1, o2, o3, o4 = v4:match("^(%d+)%.(%d+)%.(%d+)%.(%d+)$")
    o1, o2, o3, o4 = tonumber(o1), tonumber(o2), tonumber(o3), tonumber(o4)
    if not (o1 and o1 <= 255 and o2 <= 255 and o3 <= 255 and o4 <= 255) then return nil end
    a = sub(a, 1, #a - #v4) .. format("%x:%x", o1 * 256 + o2, o3 * 256 + o4)
  end
  if find(a, ".", 1, true) or find(a, ":::", 1, true) then return nil end
  local dbl = find(a, "::", 1, true)
  local left, right = {}, {}
  if dbl then
    if find(a, "::", dbl + 1, true) then return nil end
    if not ipv6_groups(sub(a, 1, dbl - 1), left) then return nil end
    if not ipv6_groups(sub(a, dbl + 2), right) then return nil end
    if #left + #right > 7 then return nil end
    for _ = 1, 8 - #left - #right do left[#left + 1] = 0 end
    for i = 1, #right do left[#left + 1] = right[i] end
  else
    if not ipv6_groups(a, left) or #left ~= 8 then return nil end
  end
  local parts = {}
  for i = 1, 8 do parts[i] = format("%04x", left[i]) end
  return concat(parts, ":")
end

local MAX_IPV6_TEXT = 60 -- 45 for the longest address, plus a port

-- The IPv6 address in the run of hex digits, colons and dots [rs, re]: the span
-- and canonical form, or nil. RFC 4291 section 2.2 text forms; RFC 5952 section 6
-- forms with a port (unbracketed ":443" is split off when the address is only
-- valid without it, tcpdump's ".443" likewise); a label glued in front ("ipv6:",
-- "src:", "node:") is not part of the address, nor a single colon around it.
local function ipv6_in_run(s, rs, re)
  local as, ae = rs, re
  while ae > as and byte(s, ae) == 46 do ae = ae - 1 end
  if byte(s, ae) == 58 and byte(s, ae - 1) ~= 58 then ae = ae - 1 end
  local glued = as > 1 and GLUE[byte(s, as - 1)]
  if byte(s, as) == 58 then
    if byte(s, as + 1) ~= 58 or byte(s, as + 2) == 58 then
      as = as + 1 -- "addr:2001:db8::1", "addr:::1"
    elseif glued then
      return nil -- "Foo::Bar", "std::vector": a scope operator
    end
  elseif glued then
    local c = find(s, ":", as, true)
    if not c or c > ae then return nil end
    as = (byte(s, c + 1) == 58) and c or (c + 1)
  end
  if ae - as + 1 > MAX_IPV6_TEXT or ae < as then return nil end
  local canon = ipv6_canonical(sub(s, as, ae))
  local port = false
  if not canon then
    local k = ae
    while k > as and DIGIT[byte(s, k)] do k = k - 1 end
    local sep = byte(s, k)
    if ae - k >= 1 and ae - k <= 5 and (sep == 58 or sep == 46) and k - 1 > as then
      canon = ipv6_canonical(sub(s, as, k - 1))
      if canon then ae, port = k - 1, true end
    end
  end
  if not canon then return nil end
  local before, after = byte(s, as - 1), byte(s, ae + 1)
  if not find(sub(s, as, ae), "%d") and find(sub(s, as, ae), "::", 1, true)
    and not (before == 91 or after == 93 or after == 37 or after == 47) then
    -- "cafe::", "dead::beef" without a decimal digit are names in code far more
    -- often than addresses; in brackets or with a zone or prefix length they are addresses
    return nil
  end
  local zend = ae
  if not port and ae == re and after == 37 then -- zone: fe80::1%eth0, URL-encoded %25eth0
    local z = ae + 1
    while ZONE[byte(s, z + 1)] do z = z + 1 end
    if z > ae + 1 then zend = z end
  end
  return as, zend, canon
end

local function ipv6_spans(s, out)
  local pos, floor, n = 1, 1, #s
  while true do
    local a = find(s, ":[%x:]", pos)
    if not a then return end
    local rs = a
    while rs > floor and HEXRUN[byte(s, rs - 1)] do rs = rs - 1 end
    local re = (find(s, "[^%x:%.]", a) or (n + 1)) - 1
    local as, ae, canon = ipv6_in_run(s, rs, re)
    if as then
      push(out, as, ae, "ipv6", canon)
      if ae > re then re = ae end
    end
    pos = re + 1
    floor = pos
  end
end

local function user_spans(s, u, out)
  local pos, n = 1, #s
  while pos <= n do
    local ms, me, p1, _, p2 = find(s, u.pattern, pos)
    if not ms then return end
    local vs, ve = ms, me
    if u.capture then vs, ve = p1, p2 - 1 end
    if ve >= vs then push(out, vs, ve, u.label, sub(s, vs, ve)) end
    pos = (me >= ms) and (me + 1) or (ms + 1) -- never loop on an empty match
  end
end

-- Replace the spans of all lists in `s`. Overlapping spans form one cluster and
-- one pseudonym: of the span covering the whole cluster if there is one (its
-- normalized value), else of the cluster's text under the first span's label.
local function render(s, lists, k)
  local idx = {}
  for i = 1, k do idx[i] = 1 end
  local out, n, copied = {}, 0, 1
  local cs, ce, cl, cv, cover
  local function emit()
    out[n + 1] = sub(s, copied, cs - 1)
    out[n + 2] = pseudonym(cl, cover and cv or sub(s, cs, ce))
    n = n + 2
    copied = ce + 1
  end
  while true do
    local best, bs, be
    for i = 1, k do
      local L, j = lists[i], idx[i]
      local st = L[j]
      if st and (bs == nil or st < bs or (st == bs and L[j + 1] > be)) then best, bs, be = i, st, L[j + 1] end
    end
    if not best then break end
    local L, j = lists[best], idx[best]
    idx[best] = j + 4
    if cs and bs <= ce then
      if be > ce then ce, cover = be, false end
    else
      if cs then emit() end
      cs, ce, cl, cv, cover = bs, be, L[j + 2], L[j + 3], true
    end
  end
  if cs then emit() end
  out[n + 1] = sub(s, copied)
  return concat(out)
end

local function redact_string(s, builtins_only)
  local lists, k = {}, 0
  local function run(matcher, arg)
    local L = {}
    matcher(s, L, arg)
    if L[1] then
      k = k + 1
      lists[k] = L
    end
  end
  if ENABLE_EMAIL and find(s, "[@%%]") then run(email_spans) end
  if ENABLE_IPV6 and find(s, ":", 1, true) then run(ipv6_spans) end
  if ENABLE_IPV4 and find(s, ".", 1, true) then run(ipv4_spans) end
  if not builtins_only then
    for i = 1, #USER do
      local u = USER[i]
      run(function(str, L) user_spans(str, u, L) end)
    end
  end
  if k == 0 then return s end
  return render(s, lists, k)
end

---------------------------------------------------------------------------
-- Records.
---------------------------------------------------------------------------

-- Bytes of all strings and string keys in `t` (raises past MAX_DEPTH levels).
local function measure(t, depth, total)
  if depth > MAX_DEPTH then error("record nested deeper than " .. MAX_DEPTH .. " levels", 0) end
  for k, v in pairs(t) do
    if type(k) == "string" then total = total + #k end
    local tv = type(v)
    if tv == "string" then
      total = total + #v
    elseif tv == "table" then
      total = measure(v, depth + 1, total)
    end
  end
  return total
end

-- Map keys that redact to the same key (Alice@Example.com and alice@example.com,
-- or a key that already looks like the pseudonym) all keep their values: the new
-- key holds an array of them, ordered by the original keys' bytes.
local function rename_keys(t, renames)
  local values, groups, order = {}, {}, {}
  for i = 1, #renames, 2 do
    local old, new = renames[i], renames[i + 1]
    values[old] = t[old]
    local g = groups[new]
    if not g then
      g = {}
      groups[new] = g
      order[#order + 1] = new
    end
    g[#g + 1] = old
  end
  for i = 1, #renames, 2 do t[renames[i]] = nil end
  for _, new in ipairs(order) do
    local g = groups[new]
    local existing = t[new]
    if existing ~= nil then
      g[#g + 1] = new
      values[new] = existing
    end
    if #g == 1 then
      t[new] = values[g[1]]
    else
      table.sort(g)
      local merged = {}
      for i = 1, #g do merged[i] = values[g[i]] end
      t[new] = merged
      stats.merged_keys = stats.merged_keys + 1
    end
  end
end

-- Redact every string in table `t` in place; returns true if anything changed.
local function walk(t, depth, builtins_only)
  if depth > MAX_DEPTH then error("record nested deeper than " .. MAX_DEPTH .. " levels", 0) end
  local changed, renames = false, nil
  for k, v in pairs(t) do
    local tv = type(v)
    if tv == "string" then
      local r = redact_string(v, builtins_only)
      if r ~= v then
        t[k] = r
        changed = true
      end
    elseif tv == "table" then
      if walk(v, depth + 1, builtins_only) then changed = true end
    end
    if REDACT_KEYS and type(k) == "string" then
      local rk = redact_string(k, builtins_only)
      if rk ~= k then
        renames = renames or {}
        renames[#renames + 1] = k
        renames[#renames + 1] = rk
      end
    end
  end
  if renames then
    -- New keys cannot be added while pairs() runs, so keys are renamed afterwards.
    rename_keys(t, renames)
    changed = true
  end
  return changed
end

local TOMBSTONE_MESSAGE = "record removed: PII redaction failed"
local OVERSIZE_MESSAGE = "record removed: larger than max_record_bytes, user patterns not applied"

-- One line on stderr for the 1st, 10th, 100th … record over the size bound.
local function note_oversize(size)
  stats.oversize = stats.oversize + 1
  local c = stats.oversize
  if c == 1 or c == 10 or c == 100 or c == 1000 or c % 10000 == 0 then
    io.stderr:write(format("[redact.lua] record of %d bytes over max_record_bytes (%d): %s (%d such records so far)\n",
      size, MAX_RECORD_BYTES, ON_OVERSIZE == "tombstone" and "replaced by a tombstone" or "user patterns skipped", c))
  end
end

local function process(record)
  local builtins_only = false
  local size = measure(record, 1, 0)
  if #USER > 0 and size > MAX_RECORD_BYTES then
    -- Second line of defence: user patterns are checked to run in linear time, but a
    -- record this large gets the built-in matchers only, or none of its content.
    note_oversize(size)
    if ON_OVERSIZE == "tombstone" then
      stats.tombstones = stats.tombstones + 1
      return true, { pii_redaction_error = OVERSIZE_MESSAGE, pii_redaction_record_bytes = size }
    end
    builtins_only = true
  end
  local changed = walk(record, 1, builtins_only)
  if builtins_only then
    record.pii_redaction_oversize = format("%d bytes over max_record_bytes %d: user patterns not applied", size, MAX_RECORD_BYTES)
    changed = true
  end
  return changed, record
end

-- The Fluent Bit callback. Returns 0 (record untouched, passed on byte for byte)
-- when nothing was found, 2 (record replaced, timestamp kept) when something was
-- redacted, -1 when the record is dropped because no key is configured and
-- on_missing_key is "drop".
local function redact_record(tag, timestamp, record)
  stats.records = stats.records + 1
  if not KEYED and ON_MISSING_KEY == "drop" then return -1, timestamp, record end
  if type(record) ~= "table" then return 0, timestamp, record end
  local ok, changed, result = pcall(process, record)
  if not ok then
    -- Never pass a record through unredacted: replace it by a fixed tombstone.
    stats.errors = stats.errors + 1
    io.stderr:write("[redact.lua] " .. TOMBSTONE_MESSAGE .. ": " .. tostring(changed) .. "\n")
    return 2, timestamp, { pii_redaction_error = TOMBSTONE_MESSAGE }
  end
  if changed then
    stats.redacted = stats.redacted + 1
    return 2, timestamp, result
  end
  return 0, timestamp, record
end

-- Introspection for tests and operators; the key itself is not reachable.
PII_REDACTION = {
  version = VERSION,
  backend = BACKEND,
  keyed = KEYED,
  key_problem = KEY_PROBLEM,
  key_env = KEY_ENV,
  on_missing_key = ON_MISSING_KEY,
  max_record_bytes = MAX_RECORD_BYTES,
  on_oversize = ON_OVERSIZE,
  stats = stats,
  hmac_sha256_hex = function(key, msg) return hmac_hex(hmac_context(key), msg) end,
  redact_string = function(s) return redact_string(s, false) end,
}

-- Defined last: if anything above fails, Fluent Bit finds no callback and stops.
redact = redact_record
