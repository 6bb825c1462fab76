./recursion.go:33:19: leaking param: from
./recursion.go:33:25: leaking param: to
./recursion.go:33:29: leaking param: via
./recursion.go:40:13: ... argument does not escape
./recursion.go:40:14: n escapes to heap
./recursion.go:40:14: from escapes to heap
./recursion.go:40:14: to escapes to heap
./recursion.go:61:16: string(rune('0' + n)) escapes to heap
./recursion.go:63:21: binary(n / 2) + string(rune('0' + n % 2)) escapes to heap
./recursion.go:63:29: string(rune('0' + n % 2)) does not escape
./recursion.go:74:13: ... argument does not escape
./recursion.go:74:18: fact(10) escapes to heap
./recursion.go:74:28: fact(20) escapes to heap
./recursion.go:74:38: fact(21) escapes to heap
./recursion.go:76:12: ... argument does not escape
./recursion.go:76:16: fib(i) escapes to heap
./recursion.go:76:21: " " escapes to heap
./recursion.go:79:13: ... argument does not escape
./recursion.go:79:17: ack(2, 3) escapes to heap
./recursion.go:79:28: ack(3, 3) escapes to heap
./recursion.go:81:13: ... argument does not escape
./recursion.go:81:14: "moves:" escapes to heap
./recursion.go:81:14: moves escapes to heap
./recursion.go:82:13: ... argument does not escape
./recursion.go:82:20: isEven(10) escapes to heap
./recursion.go:82:31: isOdd(7) escapes to heap
./recursion.go:82:42: isEven(7) escapes to heap
./recursion.go:83:13: ... argument does not escape
./recursion.go:83:20: binary(0) escapes to heap
./recursion.go:83:31: binary(5) escapes to heap
./recursion.go:83:42: binary(255) escapes to heap
./recursion.go:83:55: binary(1 << 20 + 1) escapes to heap
./recursion.go:84:13: ... argument does not escape
./recursion.go:84:17: gcd(1071, 462) escapes to heap
./recursion.go:84:33: gcd(17, 5) escapes to heap
./recursion.go:84:45: gcd(0, 9) escapes to heap
