-- spawn.lua: the twin of spawn.go: 100,000 coroutines each parked waiting
-- for a value, then released one by one.
local n = 100000
local cos = {}
for i = 1, n do
  local co = coroutine.create(function()
    local v = coroutine.yield()
    coroutine.yield(v)
  end)
  coroutine.resume(co)
  cos[i] = co
end
local sum = 0
for i = 1, n do
  local _, v = coroutine.resume(cos[i], 1)
  sum = sum + v
end
io.write(n + 1, " ", sum, "\n")
