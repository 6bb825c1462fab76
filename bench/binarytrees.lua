-- binarytrees.lua — the Lua twin of binarytrees.go: binary-trees at depth 16,
-- a node is a table {left, right} (leaves have neither).
local function bottomUp(depth)
  if depth <= 0 then
    return {}
  end
  return {bottomUp(depth - 1), bottomUp(depth - 1)}
end

local function check(n)
  if n[1] == nil then
    return 1
  end
  return 1 + check(n[1]) + check(n[2])
end

local minDepth, maxDepth = 4, 16
local stretch = maxDepth + 1
io.write(string.format("stretch tree of depth %d\t check: %d\n", stretch, check(bottomUp(stretch))))
local longLived = bottomUp(maxDepth)
for depth = minDepth, maxDepth, 2 do
  local iterations = 1 << (maxDepth - depth + minDepth)
  local sum = 0
  for _ = 1, iterations do
    sum = sum + check(bottomUp(depth))
  end
  io.write(string.format("%d\t trees of depth %d\t check: %d\n", iterations, depth, sum))
end
io.write(string.format("long lived tree of depth %d\t check: %d\n", maxDepth, check(longLived)))
