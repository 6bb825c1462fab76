./recursion_deep.go:22:19: leaking param: s to result ~r0 level=0
./recursion_deep.go:26:21: s + string(rune('a' + n % 26)) escapes to heap
./recursion_deep.go:26:28: string(rune('a' + n % 26)) does not escape
./recursion_deep.go:29:39: s1 does not escape
./recursion_deep.go:29:43: s2 does not escape
./recursion_deep.go:33:52: s2 + "" does not escape
./recursion_deep.go:37:13: ... argument does not escape
./recursion_deep.go:37:19: depth(100000) escapes to heap
./recursion_deep.go:38:13: ... argument does not escape
./recursion_deep.go:38:19: sumTo(200000, 0) escapes to heap
./recursion_deep.go:40:13: ... argument does not escape
./recursion_deep.go:40:17: len(s) escapes to heap
./recursion_deep.go:40:23: s[:30] escapes to heap
./recursion_deep.go:40:31: s[len(s) - 10:] escapes to heap
./recursion_deep.go:41:13: ... argument does not escape
./recursion_deep.go:41:18: many(20000, 1, 2, 3, 4, 5, 6, 7, "hello", "world", 1.5, 2.5) escapes to heap
./recursion_deep.go:43:13: ... argument does not escape
./recursion_deep.go:43:19: depth(10) escapes to heap
./recursion_deep.go:43:30: depth(300000) escapes to heap
