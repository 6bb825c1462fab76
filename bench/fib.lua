-- fib.lua — the Lua twin of fib.go: recursive Fibonacci, calls dominate.
local function fib(n)
  if n < 2 then
    return n
  end
  return fib(n - 1) + fib(n - 2)
end

print(fib(32))
