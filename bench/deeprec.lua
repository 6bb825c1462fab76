-- deeprec.lua: the twin of deeprec.go: 20 coroutines, each recursing
-- 200,000 calls deep once.
local function depth(n)
  if n == 0 then return 0 end
  return depth(n - 1) + 1
end

local total = 0
for i = 1, 20 do
  local co = coroutine.create(function(n) coroutine.yield(depth(n)) end)
  local _, v = coroutine.resume(co, 200000)
  total = total + v
end
print(total)
