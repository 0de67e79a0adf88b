-- wrk script of scripts/bench-submit: every request POSTs a valid submission with a fresh random
-- UUID, so each one is a new row the server must commit before it answers 201.
-- The body (with BENCH_ID where the id goes) is read from the file named by BENCH_BODY.

local threads = {}

function setup(thread)
    table.insert(threads, thread)
    thread:set("tid", #threads)
end

local template

function init(args)
    local file = assert(io.open(os.getenv("BENCH_BODY"), "r"))
    template = file:read("*a")
    file:close()
    -- A seed per thread, so two threads never draw the same ids.
    math.randomseed(os.time() * 1000 + tid)
    wrk.method = "POST"
    wrk.headers["Content-Type"] = "application/json"
end

local function hex16()
    return string.format("%04x", math.random(0, 0xffff))
end

function request()
    local id = hex16() .. hex16() .. "-" .. hex16() .. "-4" .. string.sub(hex16(), 2) .. "-"
        .. string.format("%04x", 0x8000 + math.random(0, 0x3fff)) .. "-" .. hex16() .. hex16() .. hex16()
    return wrk.format(nil, nil, nil, (string.gsub(template, "BENCH_ID", id)))
end
