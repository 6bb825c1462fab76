./prog_sieve.go:23:21: s[:m] + "0" + s[m + 1:] escapes to heap:
./prog_sieve.go:23:21:   flow: s = &{storage for s[:m] + "0" + s[m + 1:]}:
./prog_sieve.go:23:21:     from s[:m] + "0" + s[m + 1:] (spill) at ./prog_sieve.go:23:21
./prog_sieve.go:23:21:     from s = s[:m] + "0" + s[m + 1:] (assign) at ./prog_sieve.go:23:7
./prog_sieve.go:23:21: s[:m] + "0" + s[m + 1:] escapes to heap
./prog_sieve.go:48:33: count escapes to heap:
./prog_sieve.go:48:33:   flow: {storage for ... argument} = &{storage for count}:
./prog_sieve.go:48:33:     from count (spill) at ./prog_sieve.go:48:33
./prog_sieve.go:48:33:     from ... argument (slice-literal-element) at ./prog_sieve.go:48:13
./prog_sieve.go:48:33:   flow: {heap} = {storage for ... argument}:
./prog_sieve.go:48:33:     from ... argument (spill) at ./prog_sieve.go:48:13
./prog_sieve.go:48:33:     from fmt.Println(... argument...) (call parameter) at ./prog_sieve.go:48:13
./prog_sieve.go:48:33: "=" escapes to heap:
./prog_sieve.go:48:33:   flow: {storage for ... argument} = &{storage for "="}:
./prog_sieve.go:48:33:     from "=" (spill) at ./prog_sieve.go:48:33
./prog_sieve.go:48:33:     from ... argument (slice-literal-element) at ./prog_sieve.go:48:13
./prog_sieve.go:48:33:   flow: {heap} = {storage for ... argument}:
./prog_sieve.go:48:33:     from ... argument (spill) at ./prog_sieve.go:48:13
./prog_sieve.go:48:33:     from fmt.Println(... argument...) (call parameter) at ./prog_sieve.go:48:13
./prog_sieve.go:48:30: n escapes to heap:
./prog_sieve.go:48:30:   flow: {storage for ... argument} = &{storage for n}:
./prog_sieve.go:48:30:     from n (spill) at ./prog_sieve.go:48:30
./prog_sieve.go:48:30:     from ... argument (slice-literal-element) at ./prog_sieve.go:48:13
./prog_sieve.go:48:30:   flow: {heap} = {storage for ... argument}:
./prog_sieve.go:48:30:     from ... argument (spill) at ./prog_sieve.go:48:13
./prog_sieve.go:48:30:     from fmt.Println(... argument...) (call parameter) at ./prog_sieve.go:48:13
./prog_sieve.go:48:14: "primes up to" escapes to heap:
./prog_sieve.go:48:14:   flow: {storage for ... argument} = &{storage for "primes up to"}:
./prog_sieve.go:48:14:     from "primes up to" (spill) at ./prog_sieve.go:48:14
./prog_sieve.go:48:14:     from ... argument (slice-literal-element) at ./prog_sieve.go:48:13
./prog_sieve.go:48:14:   flow: {heap} = {storage for ... argument}:
./prog_sieve.go:48:14:     from ... argument (spill) at ./prog_sieve.go:48:13
./prog_sieve.go:48:14:     from fmt.Println(... argument...) (call parameter) at ./prog_sieve.go:48:13
./prog_sieve.go:46:14: line escapes to heap:
./prog_sieve.go:46:14:   flow: {storage for ... argument} = &{storage for line}:
./prog_sieve.go:46:14:     from line (spill) at ./prog_sieve.go:46:14
./prog_sieve.go:46:14:     from ... argument (slice-literal-element) at ./prog_sieve.go:46:14
./prog_sieve.go:46:14:   flow: {heap} = {storage for ... argument}:
./prog_sieve.go:46:14:     from ... argument (spill) at ./prog_sieve.go:46:14
./prog_sieve.go:46:14:     from fmt.Println(... argument...) (call parameter) at ./prog_sieve.go:46:14
./prog_sieve.go:40:16: line escapes to heap:
./prog_sieve.go:40:16:   flow: {storage for ... argument} = &{storage for line}:
./prog_sieve.go:40:16:     from line (spill) at ./prog_sieve.go:40:16
./prog_sieve.go:40:16:     from ... argument (slice-literal-element) at ./prog_sieve.go:40:16
./prog_sieve.go:40:16:   flow: {heap} = {storage for ... argument}:
./prog_sieve.go:40:16:     from ... argument (spill) at ./prog_sieve.go:40:16
./prog_sieve.go:40:16:     from fmt.Println(... argument...) (call parameter) at ./prog_sieve.go:40:16
./prog_sieve.go:38:24: i escapes to heap:
./prog_sieve.go:38:24:   flow: {storage for ... argument} = &{storage for i}:
./prog_sieve.go:38:24:     from i (spill) at ./prog_sieve.go:38:24
./prog_sieve.go:38:24:     from ... argument (slice-literal-element) at ./prog_sieve.go:38:23
./prog_sieve.go:38:24:   flow: {heap} = {storage for ... argument}:
./prog_sieve.go:38:24:     from ... argument (spill) at ./prog_sieve.go:38:23
./prog_sieve.go:38:24:     from fmt.Sprintf("%4d", ... argument...) (call parameter) at ./prog_sieve.go:38:23
./prog_sieve.go:38:23: ... argument does not escape
./prog_sieve.go:38:24: i escapes to heap
./prog_sieve.go:40:16: ... argument does not escape
./prog_sieve.go:40:16: line escapes to heap
./prog_sieve.go:46:14: ... argument does not escape
./prog_sieve.go:46:14: line escapes to heap
./prog_sieve.go:48:13: ... argument does not escape
./prog_sieve.go:48:14: "primes up to" escapes to heap
./prog_sieve.go:48:30: n escapes to heap
./prog_sieve.go:48:33: "=" escapes to heap
./prog_sieve.go:48:33: count escapes to heap
