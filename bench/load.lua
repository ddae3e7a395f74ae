-- wrk script of bench/run.sh (driven by LoadGenerator): each wrk thread holds one connection and sends one
-- operation after the other (a closed loop). An operation is a request taken in turn from a file of request
-- paths and, when the answer is 303 See Other, the request of its Location, on the same connection: so a
-- dereference of /id/… is timed from the first request to the description. Latencies are measured here (the
-- monotonic clock, through LuaJIT's FFI), in microseconds, because wrk's own figures are per request.
--
-- usage: wrk -t C -c C -d Ns -s bench/load.lua URL -- REQUESTS ACCEPT OUT MAX_PER_THREAD
--   REQUESTS        file of request paths (/sparql?query=…, /id/…), one a line
--   ACCEPT          Accept header of every request
--   OUT             file the results are written to: "operations N", "errors N", "seconds S", then one latency a line
--   MAX_PER_THREAD  every thread stops after this many operations (and wrk stops them all after -d)
local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_nsec; } unld_timespec;
  int clock_gettime(int clock, unld_timespec *t);
]]
local CLOCK_MONOTONIC = 1
local now_ts = ffi.new("unld_timespec")
local function now_us()
  ffi.C.clock_gettime(CLOCK_MONOTONIC, now_ts)
  return tonumber(now_ts.tv_sec) * 1000000 + tonumber(now_ts.tv_nsec) / 1000
end

local threads = {}
local counter = 0

function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

local paths, accept, limit
local next_index
local pending = nil      -- the Location of a 303, to request next
local started = nil      -- when the operation in progress began
latencies = {}
operations = 0
errors = 0

function init(args)
  paths = {}
  for line in io.lines(args[1]) do
    if #line > 0 then paths[#paths + 1] = line end
  end
  accept = args[2]
  out = args[3]     -- a global: done() reads it from a thread
  limit = tonumber(args[4])
  -- Threads start at different places of the list and walk it with a stride prime to its length.
  next_index = (id * 7919) % #paths
end

function request()
  local path = pending
  pending = nil
  if path == nil then
    next_index = (next_index + 104729) % #paths
    path = paths[next_index + 1]
    started = now_us()
  end
  return wrk.format("GET", path, { ["Accept"] = accept })
end

function response(status, headers, body)
  if status == 303 and headers["Location"] ~= nil then
    pending = string.gsub(headers["Location"], "^https?://[^/]+", "")
    return
  end
  if status == 200 then
    operations = operations + 1
    latencies[operations] = now_us() - started
  else
    errors = errors + 1
  end
  if limit > 0 and operations + errors >= limit then
    wrk.thread:stop()
  end
end

function done(summary, latency, requests)
  local f = assert(io.open(threads[1]:get("out"), "w"))
  local ops, errs, all = 0, 0, {}
  for _, thread in ipairs(threads) do
    ops = ops + thread:get("operations")
    errs = errs + thread:get("errors")
    for _, v in ipairs(thread:get("latencies")) do all[#all + 1] = v end
  end
  errs = errs + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  f:write(string.format("operations %d\nerrors %d\nseconds %.3f\nrequests %d\n", ops, errs, summary.duration / 1e6, summary.requests))
  for _, v in ipairs(all) do f:write(string.format("%.0f\n", v)) end
  f:close()
end
