-- pingpong.lua: the twin of pingpong.go: two coroutines hand a counter
-- back and forth 1,000,000 times; the main loop plays the channel,
-- resuming whichever player's turn it is.
local n = 1000000
local function player()
  local v = coroutine.yield()
  while true do
    v = coroutine.yield(v + 1)
  end
end

local a, b = coroutine.create(player), coroutine.create(player)
coroutine.resume(a)
coroutine.resume(b)
local v, turn = 0, a
while v < n do
  local _, r = coroutine.resume(turn, v)
  v = r
  turn = turn == a and b or a
end
print(v)
