-- loop.lua — the Lua twin of loop.go: a tight integer loop.
local n = 100000000
local sum = 0
for i = 0, n - 1 do
  sum = (sum + i * i) % 1000000007
end
print(sum)
