-- wrk script: POST /api/v1/referrals (or TARGET), every request a new referral id (the same body as LoadClient.java),
-- of its own child and family (%s stands for the referral id wherever it appears).
local counter = 0
local run = os.getenv("RUN") or tostring(os.time())
local target = os.getenv("TARGET") or "/api/v1/referrals"
local auth = os.getenv("AUTH") or "d29ya2VyOmRlbW8="  -- worker:demo
local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
local file = assert(io.open(dir .. "referral.json"))
local template = file:read("*a")
file:close()

local next_thread = 0
function setup(thread)
  next_thread = next_thread + 1
  thread:set("tid", next_thread)
end

function request()
  counter = counter + 1
  local id = "W-" .. run .. "-" .. tid .. "-" .. counter
  local body = template:gsub("%%s", id)
  return wrk.format("POST", target, {["Content-Type"] = "application/json", ["Authorization"] = "Basic " .. auth}, body)
end
