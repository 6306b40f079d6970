-- The action-list benchmark's request mix: 32 connections, each request one of five access paths, chosen at random.
local key = os.getenv("BENCH_KEY")
local codes = {"WINBACK_DISCOUNT","APOLOGY_COUPON","WELCOME","NEXT_ORDER_COUPON","VIP_INVITE","CARE_CONTENT","NEW_PRODUCTS","WE_FIXED_IT","COMEBACK_GIFT","STOP_CONTACT","BIRTHDAY_COUPON","SERVICE_CALLBACK"}
local statuses = {"PLANNED","OUTRANKED","SUPPRESSED"}
math.randomseed(42)
request = function()
  local r = math.random(5)
  local path
  if r == 1 then
    path = "/api/v1/actions?limit=50"
  elseif r == 2 then
    path = "/api/v1/actions?customerId=" .. math.random(1000000)
  elseif r == 3 then
    local day = math.random(10, 30)
    path = "/api/v1/actions?actionCode=" .. codes[math.random(#codes)] .. "&from=2026-11-01&to=2026-11-" .. day .. "&limit=50"
  elseif r == 4 then
    path = "/api/v1/actions?status=" .. statuses[math.random(#statuses)] .. "&from=2026-10-20&to=2026-11-23&limit=50"
  else
    path = "/api/v1/actions?channel=EMAIL&from=2026-11-0" .. math.random(1, 9) .. "&to=2026-11-23&limit=50"
  end
  return wrk.format("GET", path, {["X-API-Key"] = key})
end
response = function(status, headers, body)
  if status ~= 200 then
    io.stderr:write("status " .. status .. "\n")
  end
end
