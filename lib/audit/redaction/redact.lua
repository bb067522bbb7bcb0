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

Configuration: an optional global table PII_REDACTION_CONFIG, set before this
file runs (PiiRedaction.renderScript() prepends it):
  key_env         name of the environment variable holding the key (REDACTION_KEY)
  email/ipv4/ipv6 false switches a built-in matcher off (all on by default)
  patterns        list of { pattern = "<Lua pattern>", label = "pii" }
  on_missing_key  "mask" (default): values become <type:unkeyed>; "drop": records are dropped
  redact_keys     false leaves map keys alone (default true)

Fail-closed rules: a key missing or shorter than 16 bytes never lets personal data
through (see on_missing_key); an invalid configuration stops the script from
loading, so Fluent Bit refuses to start; an error while redacting one record
replaces that record by a fixed tombstone instead of passing it through.

Runs on LuaJIT 2.1 (Fluent Bit's interpreter; `bit` library) and Lua 5.3/5.4
(native integer operators, compiled with load() so LuaJIT never parses them).
]]

local VERSION = "1"
local DIGEST_HEX = 16
local MIN_KEY_BYTES = 16
local MAX_DEPTH = 64
local CACHE_LIMIT = 4096

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
-- User pattern checks (mirrored by validateLuaPattern in index.ts).
---------------------------------------------------------------------------
local MAX_PATTERN_LENGTH = 256
local MAX_UNBOUNDED = 4
local RESERVED_LABELS = { email = true, ipv4 = true, ipv6 = true }

-- Returns the pattern rewritten for searching (its one capture, if any, wrapped in
-- position captures) and whether it has a capture; raises on anything unsafe.
-- Items are single-character classes (literal, ., %a, [set]) that a quantifier may
-- follow; %b and %f are not quantifiable; captures group items.
local function compile_pattern(p, label)
  if type(p) ~= "string" or p == "" then error("pattern must be a non-empty string", 0) end
  if #p > MAX_PATTERN_LENGTH then error("pattern is longer than " .. MAX_PATTERN_LENGTH .. " bytes", 0) end
  if type(label) ~= "string" or #label > 16 or not find(label, "^[a-z][a-z0-9_]*$") or RESERVED_LABELS[label] then
    error("label must be 1-16 of a-z, 0-9, _ starting with a letter, and not email/ipv4/ipv6", 0)
  end
  if sub(p, 1, 1) == "^" then error("pattern must not be anchored with ^", 0) end
  local out, i, n = {}, 1, #p
  local captures, open, unbounded, required = 0, 0, 0, 0
  local prev -- the previous token if a quantifier may follow it: "item" or "dot"
  local leading = true -- no item seen yet (only "(" so far)
  local first_item = false -- the previous token is the pattern's first item

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
    local token_end, kind = i, nil
    if c == "%" then
      local nx = sub(p, i + 1, i + 1)
      if nx == "" then error("pattern ends with a lone %", 0) end
      if find(nx, "%d") then error("back-references (%1-%9) are not supported", 0) end
      if nx == "b" then
        if i + 3 > n then error("%b needs two characters", 0) end
        token_end, kind = i + 3, "balance"
      elseif nx == "f" then
        if sub(p, i + 2, i + 2) ~= "[" then error("%f must be followed by a [set]", 0) end
        token_end, kind = set_end(i + 3), "frontier"
      else
        check_class(nx)
        token_end, kind = i + 1, "item"
      end
    elseif c == "[" then
      token_end, kind = set_end(i + 1), "item"
    elseif c == "(" then
      if sub(p, i + 1, i + 1) == ")" then error("position captures () are not supported", 0) end
      captures = captures + 1
      if captures > 1 then error("at most one capture is allowed", 0) end
      open = open + 1
      kind = "open"
    elseif c == ")" then
      if open == 0 then error("unbalanced )", 0) end
      open = open - 1
      kind = "close"
    elseif c == "*" or c == "+" or c == "-" or c == "?" then
      if prev == nil then error("quantifier " .. c .. " follows nothing it can repeat; escape it as %" .. c, 0) end
      if c ~= "?" and prev == "dot" then
        error("." .. c .. " (any run of characters) is not allowed; use a set such as [^ ]" .. c, 0)
      end
      if c ~= "?" and first_item then
        error("leading repetition " .. c .. ": start with a literal or a frontier such as %f[%w], " ..
          "or the search retries it at every position of a line (quadratic time)", 0)
      end
      kind = "quantifier"
    elseif c == "$" and i == n then
      error("pattern must not be anchored with $", 0)
    else
      kind = (c == ".") and "dot" or "item"
    end

    if kind == "open" then
      out[#out + 1] = "()("
    elseif kind == "close" then
      out[#out + 1] = ")()"
    else
      out[#out + 1] = sub(p, i, token_end)
    end
    if kind == "item" or kind == "dot" or kind == "balance" then required = required + 1 end
    if kind == "balance" then unbounded = unbounded + 1 end
    if kind == "quantifier" then
      if c ~= "?" then unbounded = unbounded + 1 end
      if c ~= "+" then required = required - 1 end
    end
    prev = (kind == "item" or kind == "dot") and kind or nil
    first_item = leading and prev ~= nil
    if kind ~= "open" then leading = false end
    i = token_end + 1
  end
  if open > 0 then error("unbalanced (", 0) end
  if unbounded > MAX_UNBOUNDED then
    error("more than " .. MAX_UNBOUNDED .. " unbounded repetitions (*, +, -, %b)", 0)
  end
  if required <= 0 then error("pattern can match the empty string", 0) end
  return concat(out), captures == 1
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

local raw_key = os.getenv(KEY_ENV)
if raw_key ~= nil then raw_key = gsub(raw_key, "[\r\n]+$", "") end
local KEYED = raw_key ~= nil and #raw_key >= MIN_KEY_BYTES
local HMAC = KEYED and hmac_context(raw_key) or nil
raw_key = nil
if not KEYED then
  io.stderr:write(format("[redact.lua] WARNING: %s is %s; %s\n", KEY_ENV,
    (os.getenv(KEY_ENV) == nil) and "not set" or ("shorter than " .. MIN_KEY_BYTES .. " bytes"),
    ON_MISSING_KEY == "drop" and "dropping every record" or "replacing personal data by <type:unkeyed>"))
end

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
-- Matchers. Each scans with string.find from a frontier, validates the
-- candidate in Lua, and copies unmatched text through a buffer.
---------------------------------------------------------------------------

-- Byte classes as lookup tables (byte -> true): the matchers find a cheap anchor
-- with string.find ("@", "d.d.d.d", ":x:") and then widen it byte by byte, which
-- LuaJIT compiles, instead of running a pattern over every word of the line.
local function byte_set(ranges)
  local set = {}
  for i = 1, #ranges, 2 do
    for b = byte(ranges, i), byte(ranges, i + 1) do set[b] = true end
  end
  return set
end
local WORD = byte_set("09AZaz__")              -- [%w_]
local LOCAL = byte_set("09AZaz__..++--")       -- e-mail local part
local DOMAIN = byte_set("09AZaz..--")          -- e-mail domain
local DIGDOT = byte_set("09..")                -- IPv4 run
local HEXRUN = byte_set("09AFaf::..")          -- IPv6 run (dots for an IPv4 tail)
local ZONE = byte_set("09AZaz__--~~")          -- IPv6 zone id

-- True when the byte at `pos` of `s` is part of a word ([%w_]); false off the ends.
local function wordy(s, pos)
  return pos >= 1 and WORD[byte(s, pos)] == true
end

local function ipv4_value(s)
  local a, b, c, d = s:match("^(%d%d?%d?)%.(%d%d?%d?)%.(%d%d?%d?)%.(%d%d?%d?)$")
  if not a then return nil end
  a, b, c, d = tonumber(a), tonumber(b), tonumber(c), tonumber(d)
  if a > 255 or b > 255 or c > 255 or d > 255 then return nil end
  return a, b, c, d
end

local function valid_domain(d)
  return find(d, "^[%w%-]+%.[%w%.%-]*$") ~= nil
    and not find(d, "%.%.") and not find(d, "%-%.") and not find(d, "%.%-")
    and find(d, "%.%a%a+$") ~= nil
end

-- E-mail: the run of [%w._+-] before an "@" (leading dots dropped) and a domain of
-- at least two dot-separated labels ending in a letters-only TLD of 2+ letters
-- (trailing dots and hyphens are punctuation), not glued to a word character.
-- The address is lower-cased before hashing.
local function redact_email(s)
  local pos = find(s, "@", 1, true)
  if not pos then return s end
  local out, n, copied = {}, 0, 1
  while pos do
    local ls = pos
    while ls > copied and LOCAL[byte(s, ls - 1)] do ls = ls - 1 end
    while ls < pos and byte(s, ls) == 46 do ls = ls + 1 end
    local de = pos
    while DOMAIN[byte(s, de + 1)] do de = de + 1 end
    local after = de
    while de > pos and (byte(s, de) == 46 or byte(s, de) == 45) do de = de - 1 end
    if ls < pos and de > pos and valid_domain(sub(s, pos + 1, de)) and not wordy(s, de + 1) then
      out[n + 1] = sub(s, copied, ls - 1)
      out[n + 2] = pseudonym("email", lower(sub(s, ls, de)))
      n = n + 2
      copied = de + 1
    end
    pos = find(s, "@", after + 1, true)
  end
  if n == 0 then return s end
  out[n + 1] = sub(s, copied)
  return concat(out)
end

-- IPv4: dotted quad of decimal octets 0-255 (1-3 digits each), as a whole run of
-- digits and dots not glued to a letter, digit or underscore (so 1.2.3.4.5 and
-- v1.2.3.4 stay). Leading and trailing dots are punctuation. Hashed as the
-- canonical dotted quad (leading zeros dropped).
local function redact_ipv4(s)
  local ms, me = find(s, "%d%.%d+%.%d+%.%d")
  if not ms then return s end
  local out, n, copied = {}, 0, 1
  while ms do
    local rs, re = ms, me
    while rs > copied and DIGDOT[byte(s, rs - 1)] do rs = rs - 1 end
    while DIGDOT[byte(s, re + 1)] do re = re + 1 end
    local bs, be = rs, re
    while byte(s, bs) == 46 do bs = bs + 1 end
    while byte(s, be) == 46 do be = be - 1 end
    local a, b, c, d = ipv4_value(sub(s, bs, be))
    if a and not wordy(s, rs - 1) and not wordy(s, re + 1) then
      out[n + 1] = sub(s, copied, bs - 1)
      out[n + 2] = pseudonym("ipv4", a .. "." .. b .. "." .. c .. "." .. d)
      n = n + 2
      copied = be + 1
    end
    ms, me = find(s, "%d%.%d+%.%d+%.%d", re + 1)
  end
  if n == 0 then return s end
  out[n + 1] = sub(s, copied)
  return concat(out)
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
  local v4 = a:match(":(%d+%.[%d%.]*)$")
  if v4 then
    local o1, o2, o3, o4 = ipv4_value(v4)
    if not o1 then return nil end
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

-- IPv6: full, compressed (::), with an embedded IPv4 tail (::ffff:192.0.2.1), and
-- with a zone (fe80::1%eth0, also URL-encoded %25eth0). The candidate is a whole
-- run of hex digits, colons and dots around two colons, not glued to a word
-- character; a single leading or trailing colon and trailing dots are
-- punctuation. The zone is replaced too but not hashed; "::" alone (no hex
-- digit) is left alone, as are times (12:30:45) and MACs (6 groups).
local function redact_ipv6(s)
  local ms = find(s, ":%x*:")
  if not ms then return s end
  local out, n, copied = {}, 0, 1
  while ms do
    local rs, re = ms, ms
    while rs > copied and HEXRUN[byte(s, rs - 1)] do rs = rs - 1 end
    while HEXRUN[byte(s, re + 1)] do re = re + 1 end
    local as, ae = rs, re
    while byte(s, ae) == 46 do ae = ae - 1 end
    if byte(s, ae) == 58 and byte(s, ae - 1) ~= 58 then ae = ae - 1 end
    if byte(s, as) == 58 and byte(s, as + 1) ~= 58 then as = as + 1 end
    local candidate = sub(s, as, ae)
    local canon = ae > as and find(candidate, "%x") and ipv6_canonical(candidate)
    local zend = ae
    if canon and ae == re and byte(s, ae + 1) == 37 then -- "%"
      local z = ae + 1
      while ZONE[byte(s, z + 1)] do z = z + 1 end
      if z > ae + 1 then zend = z end
    end
    local next_from = re + 1
    if canon and not wordy(s, as - 1) and not wordy(s, zend + 1) then
      out[n + 1] = sub(s, copied, as - 1)
      out[n + 2] = pseudonym("ipv6", canon)
      n = n + 2
      copied = zend + 1
      if zend + 1 > next_from then next_from = zend + 1 end
    end
    ms = find(s, ":%x*:", next_from)
  end
  if n == 0 then return s end
  out[n + 1] = sub(s, copied)
  return concat(out)
end

-- A pseudonym token, as emitted above: never matched again by any matcher.
local TOKEN = "<%l[%l%d_]*:[%x][%x][%x][%x][%x][%x][%x][%x][%x][%x][%x][%x][%x][%x][%x][%x]>"
local UNKEYED_TOKEN = "<%l[%l%d_]*:unkeyed>"

-- Apply one user pattern to a stretch of text without pseudonym tokens.
local function apply_user(seg, u)
  local out, n, copied, pos, len = nil, 0, 1, 1, #seg
  while pos <= len do
    local ms, me, p1, _, p2 = find(seg, u.pattern, pos)
    if not ms then break end
    local vs, ve = ms, me
    if u.capture then vs, ve = p1, p2 - 1 end
    if ve >= vs then
      out = out or {}
      out[n + 1] = sub(seg, copied, vs - 1)
      out[n + 2] = pseudonym(u.label, sub(seg, vs, ve))
      n = n + 2
      copied = ve + 1
    end
    pos = (me >= ms) and (me + 1) or (ms + 1) -- never loop on an empty match
  end
  if not out then return seg end
  out[n + 1] = sub(seg, copied)
  return concat(out)
end

-- User patterns run after the built-ins, one after the other, each only on the
-- text between pseudonym tokens, so that no pattern ever cuts into a token.
local function redact_user(s)
  for i = 1, #USER do
    local u = USER[i]
    if not (find(s, "<", 1, true) and (find(s, TOKEN) or find(s, UNKEYED_TOKEN))) then
      s = apply_user(s, u)
    else
      local out, n, init = {}, 0, 1
      while true do
        local ts, te = find(s, TOKEN, init)
        local us, ue = find(s, UNKEYED_TOKEN, init)
        if us and (not ts or us < ts) then ts, te = us, ue end
        out[n + 1] = apply_user(sub(s, init, (ts or (#s + 1)) - 1), u)
        n = n + 1
        if not ts then break end
        out[n + 1] = sub(s, ts, te)
        n = n + 1
        init = te + 1
      end
      s = concat(out)
    end
  end
  return s
end

local function redact_string(s)
  local r = s
  if ENABLE_EMAIL then r = redact_email(r) end
  if ENABLE_IPV6 then r = redact_ipv6(r) end
  if ENABLE_IPV4 then r = redact_ipv4(r) end
  if #USER > 0 then r = redact_user(r) end
  return r
end

-- Redact every string in table `t` in place; returns true if anything changed.
local function walk(t, depth)
  if depth > MAX_DEPTH then error("record nested deeper than " .. MAX_DEPTH .. " levels", 0) end
  local changed, renames = false, nil
  for k, v in pairs(t) do
    local tv = type(v)
    if tv == "string" then
      local r = redact_string(v)
      if r ~= v then
        t[k] = r
        changed = true
      end
    elseif tv == "table" then
      if walk(v, depth + 1) then changed = true end
    end
    if REDACT_KEYS and type(k) == "string" then
      local rk = redact_string(k)
      if rk ~= k then
        renames = renames or {}
        renames[#renames + 1] = k
        renames[#renames + 1] = rk
      end
    end
  end
  if renames then
    -- New keys cannot be added while pairs() runs, so keys are renamed afterwards.
    for i = 1, #renames, 2 do
      local old, new = renames[i], renames[i + 1]
      t[new] = t[old]
      t[old] = nil
    end
    changed = true
  end
  return changed
end

local TOMBSTONE_MESSAGE = "record removed: PII redaction failed"

-- The Fluent Bit callback. Returns 0 (record untouched, passed on byte for byte)
-- when nothing was found, 2 (record replaced, timestamp kept) when something was
-- redacted, -1 when the record is dropped because no key is configured and
-- on_missing_key is "drop".
local function redact_record(tag, timestamp, record)
  if not KEYED and ON_MISSING_KEY == "drop" then return -1, timestamp, record end
  if type(record) ~= "table" then return 0, timestamp, record end
  local ok, changed = pcall(walk, record, 1)
  if not ok then
    -- Never pass a record through unredacted: replace it by a fixed tombstone.
    io.stderr:write("[redact.lua] " .. TOMBSTONE_MESSAGE .. ": " .. tostring(changed) .. "\n")
    return 2, timestamp, { pii_redaction_error = TOMBSTONE_MESSAGE }
  end
  if changed then return 2, timestamp, record end
  return 0, timestamp, record
end

-- Introspection for tests and operators; the key itself is not reachable.
PII_REDACTION = {
  version = VERSION,
  backend = BACKEND,
  keyed = KEYED,
  key_env = KEY_ENV,
  on_missing_key = ON_MISSING_KEY,
  hmac_sha256_hex = function(key, msg) return hmac_hex(hmac_context(key), msg) end,
  redact_string = redact_string,
}

-- Defined last: if anything above fails, Fluent Bit finds no callback and stops.
redact = redact_record
