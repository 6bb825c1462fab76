./recursion.go:40:14: to escapes to heap:
./recursion.go:40:14:   flow: {storage for ... argument} = &{storage for to}:
./recursion.go:40:14:     from to (spill) at ./recursion.go:40:14
./recursion.go:40:14:     from ... argument (slice-literal-element) at ./recursion.go:40:13
./recursion.go:40:14:   flow: {heap} = {storage for ... argument}:
./recursion.go:40:14:     from ... argument (spill) at ./recursion.go:40:13
./recursion.go:40:14:     from fmt.Printf("move disk %d from %s to %s\n", ... argument...) (call parameter) at ./recursion.go:40:13
./recursion.go:40:14: from escapes to heap:
./recursion.go:40:14:   flow: {storage for ... argument} = &{storage for from}:
./recursion.go:40:14:     from from (spill) at ./recursion.go:40:14
./recursion.go:40:14:     from ... argument (slice-literal-element) at ./recursion.go:40:13
./recursion.go:40:14:   flow: {heap} = {storage for ... argument}:
./recursion.go:40:14:     from ... argument (spill) at ./recursion.go:40:13
./recursion.go:40:14:     from fmt.Printf("move disk %d from %s to %s\n", ... argument...) (call parameter) at ./recursion.go:40:13
./recursion.go:40:14: n escapes to heap:
./recursion.go:40:14:   flow: {storage for ... argument} = &{storage for n}:
./recursion.go:40:14:     from n (spill) at ./recursion.go:40:14
./recursion.go:40:14:     from ... argument (slice-literal-element) at ./recursion.go:40:13
./recursion.go:40:14:   flow: {heap} = {storage for ... argument}:
./recursion.go:40:14:     from ... argument (spill) at ./recursion.go:40:13
./recursion.go:40:14:     from fmt.Printf("move disk %d from %s to %s\n", ... argument...) (call parameter) at ./recursion.go:40:13
./recursion.go:33:25: parameter to leaks to {storage for to} with derefs=0:
./recursion.go:33:25:   flow: {storage for to} = to:
./recursion.go:33:25:     from to (interface-converted) at ./recursion.go:40:14
./recursion.go:33:29: parameter via leaks to {storage for to} with derefs=0:
./recursion.go:33:29:   flow: to = via:
./recursion.go:33:29:     from hanoi(n - 1, from, via, to) (call parameter) at ./recursion.go:37:7
./recursion.go:33:29:   flow: {storage for to} = to:
./recursion.go:33:29:     from to (interface-converted) at ./recursion.go:40:14
./recursion.go:33:19: parameter from leaks to {storage for to} with derefs=0:
./recursion.go:33:19:   flow: via = from:
./recursion.go:33:19:     from hanoi(n - 1, via, to, from) (call parameter) at ./recursion.go:42:7
./recursion.go:33:19:   flow: to = via:
./recursion.go:33:19:     from hanoi(n - 1, from, via, to) (call parameter) at ./recursion.go:37:7
./recursion.go:33:19:   flow: {storage for to} = to:
./recursion.go:33:19:     from to (interface-converted) at ./recursion.go:40:14
./recursion.go:33:19: parameter from leaks to {storage for from} with derefs=0:
./recursion.go:33:19:   flow: {storage for from} = from:
./recursion.go:33:19:     from from (interface-converted) at ./recursion.go:40:14
./recursion.go:33:29: parameter via leaks to {storage for from} with derefs=0:
./recursion.go:33:29:   flow: from = via:
./recursion.go:33:29:     from hanoi(n - 1, via, to, from) (call parameter) at ./recursion.go:42:7
./recursion.go:33:29:   flow: {storage for from} = from:
./recursion.go:33:29:     from from (interface-converted) at ./recursion.go:40:14
./recursion.go:33:25: parameter to leaks to {storage for from} with derefs=0:
./recursion.go:33:25:   flow: via = to:
./recursion.go:33:25:     from hanoi(n - 1, from, via, to) (call parameter) at ./recursion.go:37:7
./recursion.go:33:25:   flow: from = via:
./recursion.go:33:25:     from hanoi(n - 1, via, to, from) (call parameter) at ./recursion.go:42:7
./recursion.go:33:25:   flow: {storage for from} = from:
./recursion.go:33:25:     from from (interface-converted) at ./recursion.go:40:14
./recursion.go:33:19: leaking param: from
./recursion.go:33:25: leaking param: to
./recursion.go:33:29: leaking param: via
./recursion.go:40:13: ... argument does not escape
./recursion.go:40:14: n escapes to heap
./recursion.go:40:14: from escapes to heap
./recursion.go:40:14: to escapes to heap
./recursion.go:63:21: binary(n / 2) + string(rune('0' + n % 2)) escapes to heap:
./recursion.go:63:21:   flow: ~r0 = &{storage for binary(n / 2) + string(rune('0' + n % 2))}:
./recursion.go:63:21:     from binary(n / 2) + string(rune('0' + n % 2)) (spill) at ./recursion.go:63:21
./recursion.go:63:21:     from return binary(n / 2) + string(rune('0' + n % 2)) (return) at ./recursion.go:63:2
./recursion.go:61:16: string(rune('0' + n)) escapes to heap:
./recursion.go:61:16:   flow: ~r0 = &{storage for string(rune('0' + n))}:
./recursion.go:61:16:     from string(rune('0' + n)) (spill) at ./recursion.go:61:16
./recursion.go:61:16:     from return string(rune('0' + n)) (return) at ./recursion.go:61:3
./recursion.go:61:16: string(rune('0' + n)) escapes to heap
./recursion.go:63:21: binary(n / 2) + string(rune('0' + n % 2)) escapes to heap
./recursion.go:63:29: string(rune('0' + n % 2)) does not escape
./recursion.go:84:45: gcd(0, 9) escapes to heap:
./recursion.go:84:45:   flow: {storage for ... argument} = &{storage for gcd(0, 9)}:
./recursion.go:84:45:     from gcd(0, 9) (spill) at ./recursion.go:84:45
./recursion.go:84:45:     from ... argument (slice-literal-element) at ./recursion.go:84:13
./recursion.go:84:45:   flow: {heap} = {storage for ... argument}:
./recursion.go:84:45:     from ... argument (spill) at ./recursion.go:84:13
./recursion.go:84:45:     from fmt.Println(... argument...) (call parameter) at ./recursion.go:84:13
./recursion.go:84:33: gcd(17, 5) escapes to heap:
./recursion.go:84:33:   flow: {storage for ... argument} = &{storage for gcd(17, 5)}:
./recursion.go:84:33:     from gcd(17, 5) (spill) at ./recursion.go:84:33
./recursion.go:84:33:     from ... argument (slice-literal-element) at ./recursion.go:84:13
./recursion.go:84:33:   flow: {heap} = {storage for ... argument}:
./recursion.go:84:33:     from ... argument (spill) at ./recursion.go:84:13
./recursion.go:84:33:     from fmt.Println(... argument...) (call parameter) at ./recursion.go:84:13
./recursion.go:84:17: gcd(1071, 462) escapes to heap:
./recursion.go:84:17:   flow: {storage for ... argument} = &{storage for gcd(1071, 462)}:
./recursion.go:84:17:     from gcd(1071, 462) (spill) at ./recursion.go:84:17
./recursion.go:84:17:     from ... argument (slice-literal-element) at ./recursion.go:84:13
./recursion.go:84:17:   flow: {heap} = {storage for ... argument}:
./recursion.go:84:17:     from ... argument (spill) at ./recursion.go:84:13
./recursion.go:84:17:     from fmt.Println(... argument...) (call parameter) at ./recursion.go:84:13
./recursion.go:83:55: binary(1 << 20 + 1) escapes to heap:
./recursion.go:83:55:   flow: {storage for ... argument} = &{storage for binary(1 << 20 + 1)}:
./recursion.go:83:55:     from binary(1 << 20 + 1) (spill) at ./recursion.go:83:55
./recursion.go:83:55:     from ... argument (slice-literal-element) at ./recursion.go:83:13
./recursion.go:83:55:   flow: {heap} = {storage for ... argument}:
./recursion.go:83:55:     from ... argument (spill) at ./recursion.go:83:13
./recursion.go:83:55:     from fmt.Println(... argument...) (call parameter) at ./recursion.go:83:13
./recursion.go:83:42: binary(255) escapes to heap:
./recursion.go:83:42:   flow: {storage for ... argument} = &{storage for binary(255)}:
./recursion.go:83:42:     from binary(255) (spill) at ./recursion.go:83:42
./recursion.go:83:42:     from ... argument (slice-literal-element) at ./recursion.go:83:13
./recursion.go:83:42:   flow: {heap} = {storage for ... argument}:
./recursion.go:83:42:     from ... argument (spill) at ./recursion.go:83:13
./recursion.go:83:42:     from fmt.Println(... argument...) (call parameter) at ./recursion.go:83:13
./recursion.go:83:31: binary(5) escapes to heap:
./recursion.go:83:31:   flow: {storage for ... argument} = &{storage for binary(5)}:
./recursion.go:83:31:     from binary(5) (spill) at ./recursion.go:83:31
./recursion.go:83:31:     from ... argument (slice-literal-element) at ./recursion.go:83:13
./recursion.go:83:31:   flow: {heap} = {storage for ... argument}:
./recursion.go:83:31:     from ... argument (spill) at ./recursion.go:83:13
./recursion.go:83:31:     from fmt.Println(... argument...) (call parameter) at ./recursion.go:83:13
./recursion.go:83:20: binary(0) escapes to heap:
./recursion.go:83:20:   flow: {storage for ... argument} = &{storage for binary(0)}:
./recursion.go:83:20:     from binary(0) (spill) at ./recursion.go:83:20
./recursion.go:83:20:     from ... argument (slice-literal-element) at ./recursion.go:83:13
./recursion.go:83:20:   flow: {heap} = {storage for ... argument}:
./recursion.go:83:20:     from ... argument (spill) at ./recursion.go:83:13
./recursion.go:83:20:     from fmt.Println(... argument...) (call parameter) at ./recursion.go:83:13
./recursion.go:82:42: isEven(7) escapes to heap:
./recursion.go:82:42:   flow: {storage for ... argument} = &{storage for isEven(7)}:
./recursion.go:82:42:     from isEven(7) (spill) at ./recursion.go:82:42
./recursion.go:82:42:     from ... argument (slice-literal-element) at ./recursion.go:82:13
./recursion.go:82:42:   flow: {heap} = {storage for ... argument}:
./recursion.go:82:42:     from ... argument (spill) at ./recursion.go:82:13
./recursion.go:82:42:     from fmt.Println(... argument...) (call parameter) at ./recursion.go:82:13
./recursion.go:82:31: isOdd(7) escapes to heap:
./recursion.go:82:31:   flow: {storage for ... argument} = &{storage for isOdd(7)}:
./recursion.go:82:31:     from isOdd(7) (spill) at ./recursion.go:82:31
./recursion.go:82:31:     from ... argument (slice-literal-element) at ./recursion.go:82:13
./recursion.go:82:31:   flow: {heap} = {storage for ... argument}:
./recursion.go:82:31:     from ... argument (spill) at ./recursion.go:82:13
./recursion.go:82:31:     from fmt.Println(... argument...) (call parameter) at ./recursion.go:82:13
./recursion.go:82:20: isEven(10) escapes to heap:
./recursion.go:82:20:   flow: {storage for ... argument} = &{storage for isEven(10)}:
./recursion.go:82:20:     from isEven(10) (spill) at ./recursion.go:82:20
./recursion.go:82:20:     from ... argument (slice-literal-element) at ./recursion.go:82:13
./recursion.go:82:20:   flow: {heap} = {storage for ... argument}:
./recursion.go:82:20:     from ... argument (spill) at ./recursion.go:82:13
./recursion.go:82:20:     from fmt.Println(... argument...) (call parameter) at ./recursion.go:82:13
./recursion.go:81:14: moves escapes to heap:
./recursion.go:81:14:   flow: {storage for ... argument} = &{storage for moves}:
./recursion.go:81:14:     from moves (spill) at ./recursion.go:81:14
./recursion.go:81:14:     from ... argument (slice-literal-element) at ./recursion.go:81:13
./recursion.go:81:14:   flow: {heap} = {storage for ... argument}:
./recursion.go:81:14:     from ... argument (spill) at ./recursion.go:81:13
./recursion.go:81:14:     from fmt.Println(... argument...) (call parameter) at ./recursion.go:81:13
./recursion.go:81:14: "moves:" escapes to heap:
./recursion.go:81:14:   flow: {storage for ... argument} = &{storage for "moves:"}:
./recursion.go:81:14:     from "moves:" (spill) at ./recursion.go:81:14
./recursion.go:81:14:     from ... argument (slice-literal-element) at ./recursion.go:81:13
./recursion.go:81:14:   flow: {heap} = {storage for ... argument}:
./recursion.go:81:14:     from ... argument (spill) at ./recursion.go:81:13
./recursion.go:81:14:     from fmt.Println(... argument...) (call parameter) at ./recursion.go:81:13
./recursion.go:79:28: ack(3, 3) escapes to heap:
./recursion.go:79:28:   flow: {storage for ... argument} = &{storage for ack(3, 3)}:
./recursion.go:79:28:     from ack(3, 3) (spill) at ./recursion.go:79:28
./recursion.go:79:28:     from ... argument (slice-literal-element) at ./recursion.go:79:13
./recursion.go:79:28:   flow: {heap} = {storage for ... argument}:
./recursion.go:79:28:     from ... argument (spill) at ./recursion.go:79:13
./recursion.go:79:28:     from fmt.Println(... argument...) (call parameter) at ./recursion.go:79:13
./recursion.go:79:17: ack(2, 3) escapes to heap:
./recursion.go:79:17:   flow: {storage for ... argument} = &{storage for ack(2, 3)}:
./recursion.go:79:17:     from ack(2, 3) (spill) at ./recursion.go:79:17
./recursion.go:79:17:     from ... argument (slice-literal-element) at ./recursion.go:79:13
./recursion.go:79:17:   flow: {heap} = {storage for ... argument}:
./recursion.go:79:17:     from ... argument (spill) at ./recursion.go:79:13
./recursion.go:79:17:     from fmt.Println(... argument...) (call parameter) at ./recursion.go:79:13
./recursion.go:76:21: " " escapes to heap:
./recursion.go:76:21:   flow: {storage for ... argument} = &{storage for " "}:
./recursion.go:76:21:     from " " (spill) at ./recursion.go:76:21
./recursion.go:76:21:     from ... argument (slice-literal-element) at ./recursion.go:76:12
./recursion.go:76:21:   flow: {heap} = {storage for ... argument}:
./recursion.go:76:21:     from ... argument (spill) at ./recursion.go:76:12
./recursion.go:76:21:     from fmt.Print(... argument...) (call parameter) at ./recursion.go:76:12
./recursion.go:76:16: fib(i) escapes to heap:
./recursion.go:76:16:   flow: {storage for ... argument} = &{storage for fib(i)}:
./recursion.go:76:16:     from fib(i) (spill) at ./recursion.go:76:16
./recursion.go:76:16:     from ... argument (slice-literal-element) at ./recursion.go:76:12
./recursion.go:76:16:   flow: {heap} = {storage for ... argument}:
./recursion.go:76:16:     from ... argument (spill) at ./recursion.go:76:12
./recursion.go:76:16:     from fmt.Print(... argument...) (call parameter) at ./recursion.go:76:12
./recursion.go:74:38: fact(21) escapes to heap:
./recursion.go:74:38:   flow: {storage for ... argument} = &{storage for fact(21)}:
./recursion.go:74:38:     from fact(21) (spill) at ./recursion.go:74:38
./recursion.go:74:38:     from ... argument (slice-literal-element) at ./recursion.go:74:13
./recursion.go:74:38:   flow: {heap} = {storage for ... argument}:
./recursion.go:74:38:     from ... argument (spill) at ./recursion.go:74:13
./recursion.go:74:38:     from fmt.Println(... argument...) (call parameter) at ./recursion.go:74:13
./recursion.go:74:28: fact(20) escapes to heap:
./recursion.go:74:28:   flow: {storage for ... argument} = &{storage for fact(20)}:
./recursion.go:74:28:     from fact(20) (spill) at ./recursion.go:74:28
./recursion.go:74:28:     from ... argument (slice-literal-element) at ./recursion.go:74:13
./recursion.go:74:28:   flow: {heap} = {storage for ... argument}:
./recursion.go:74:28:     from ... argument (spill) at ./recursion.go:74:13
./recursion.go:74:28:     from fmt.Println(... argument...) (call parameter) at ./recursion.go:74:13
./recursion.go:74:18: fact(10) escapes to heap:
./recursion.go:74:18:   flow: {storage for ... argument} = &{storage for fact(10)}:
./recursion.go:74:18:     from fact(10) (spill) at ./recursion.go:74:18
./recursion.go:74:18:     from ... argument (slice-literal-element) at ./recursion.go:74:13
./recursion.go:74:18:   flow: {heap} = {storage for ... argument}:
./recursion.go:74:18:     from ... argument (spill) at ./recursion.go:74:13
./recursion.go:74:18:     from fmt.Println(... argument...) (call parameter) at ./recursion.go:74:13
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
