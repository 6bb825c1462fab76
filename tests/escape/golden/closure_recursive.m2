./closure_recursive.go:68:15: prefix + string(rest[i]) escapes to heap:
./closure_recursive.go:68:15:   flow: {heap} = &{storage for prefix + string(rest[i])}:
./closure_recursive.go:68:15:     from prefix + string(rest[i]) (spill) at ./closure_recursive.go:68:15
./closure_recursive.go:68:15:     from perm(prefix + string(rest[i]), next) (call parameter) at ./closure_recursive.go:68:8
./closure_recursive.go:71:17: ([]byte)("abc") escapes to heap:
./closure_recursive.go:71:17:   flow: {heap} = &{storage for ([]byte)("abc")}:
./closure_recursive.go:71:17:     from ([]byte)("abc") (spill) at ./closure_recursive.go:71:17
./closure_recursive.go:71:17:     from perm("", ([]byte)("abc")) (call parameter) at ./closure_recursive.go:71:6
./closure_recursive.go:8:6: main capturing by ref: fib (addr=false assign=true width=8)
./closure_recursive.go:17:6: main capturing by ref: fact (addr=false assign=true width=8)
./closure_recursive.go:27:2: main capturing by value: memo (addr=false assign=false width=8)
./closure_recursive.go:28:6: main capturing by ref: mfib (addr=false assign=true width=8)
./closure_recursive.go:43:14: main capturing by ref: isOdd (addr=false assign=true width=8)
./closure_recursive.go:43:6: main capturing by value: isEven (addr=false assign=false width=8)
./closure_recursive.go:59:6: main capturing by ref: out (addr=false assign=true width=24)
./closure_recursive.go:60:6: main capturing by ref: perm (addr=false assign=true width=8)
./closure_recursive.go:75:6: main capturing by ref: countdown (addr=false assign=true width=8)
./closure_recursive.go:84:18: orig(5) escapes to heap:
./closure_recursive.go:84:18:   flow: {storage for ... argument} = &{storage for orig(5)}:
./closure_recursive.go:84:18:     from orig(5) (spill) at ./closure_recursive.go:84:18
./closure_recursive.go:84:18:     from ... argument (slice-literal-element) at ./closure_recursive.go:84:13
./closure_recursive.go:84:18:   flow: {heap} = {storage for ... argument}:
./closure_recursive.go:84:18:     from ... argument (spill) at ./closure_recursive.go:84:13
./closure_recursive.go:84:18:     from fmt.Println(... argument...) (call parameter) at ./closure_recursive.go:84:13
./closure_recursive.go:72:13: out escapes to heap:
./closure_recursive.go:72:13:   flow: {storage for ... argument} = &{storage for out}:
./closure_recursive.go:72:13:     from out (spill) at ./closure_recursive.go:72:13
./closure_recursive.go:72:13:     from ... argument (slice-literal-element) at ./closure_recursive.go:72:13
./closure_recursive.go:72:13:   flow: {heap} = {storage for ... argument}:
./closure_recursive.go:72:13:     from ... argument (spill) at ./closure_recursive.go:72:13
./closure_recursive.go:72:13:     from fmt.Println(... argument...) (call parameter) at ./closure_recursive.go:72:13
./closure_recursive.go:67:32: []byte{} escapes to heap:
./closure_recursive.go:67:32:   flow: next = &{storage for []byte{}}:
./closure_recursive.go:67:32:     from []byte{} (spill) at ./closure_recursive.go:67:32
./closure_recursive.go:67:32:     from append([]byte{}, rest[:i]...) (call parameter) at ./closure_recursive.go:67:25
./closure_recursive.go:67:32:     from append(append([]byte{}, rest[:i]...), rest[i + 1:]...) (call parameter) at ./closure_recursive.go:67:18
./closure_recursive.go:67:32:     from next := append(append([]byte{}, rest[:i]...), rest[i + 1:]...) (assign) at ./closure_recursive.go:67:9
./closure_recursive.go:67:32:   flow: {heap} = next:
./closure_recursive.go:67:32:     from perm(prefix + string(rest[i]), next) (call parameter) at ./closure_recursive.go:68:8
./closure_recursive.go:61:14: parameter prefix leaks to {heap} with derefs=0:
./closure_recursive.go:61:14:   flow: {heap} = prefix:
./closure_recursive.go:61:14:     from append(out, prefix) (call parameter) at ./closure_recursive.go:63:16
./closure_recursive.go:56:42: isEven(7) escapes to heap:
./closure_recursive.go:56:42:   flow: {storage for ... argument} = &{storage for isEven(7)}:
./closure_recursive.go:56:42:     from isEven(7) (spill) at ./closure_recursive.go:56:42
./closure_recursive.go:56:42:     from ... argument (slice-literal-element) at ./closure_recursive.go:56:13
./closure_recursive.go:56:42:   flow: {heap} = {storage for ... argument}:
./closure_recursive.go:56:42:     from ... argument (spill) at ./closure_recursive.go:56:13
./closure_recursive.go:56:42:     from fmt.Println(... argument...) (call parameter) at ./closure_recursive.go:56:13
./closure_recursive.go:56:31: isOdd(7) escapes to heap:
./closure_recursive.go:56:31:   flow: {storage for ... argument} = &{storage for isOdd(7)}:
./closure_recursive.go:56:31:     from isOdd(7) (spill) at ./closure_recursive.go:56:31
./closure_recursive.go:56:31:     from ... argument (slice-literal-element) at ./closure_recursive.go:56:13
./closure_recursive.go:56:31:   flow: {heap} = {storage for ... argument}:
./closure_recursive.go:56:31:     from ... argument (spill) at ./closure_recursive.go:56:13
./closure_recursive.go:56:31:     from fmt.Println(... argument...) (call parameter) at ./closure_recursive.go:56:13
./closure_recursive.go:56:20: isEven(10) escapes to heap:
./closure_recursive.go:56:20:   flow: {storage for ... argument} = &{storage for isEven(10)}:
./closure_recursive.go:56:20:     from isEven(10) (spill) at ./closure_recursive.go:56:20
./closure_recursive.go:56:20:     from ... argument (slice-literal-element) at ./closure_recursive.go:56:13
./closure_recursive.go:56:20:   flow: {heap} = {storage for ... argument}:
./closure_recursive.go:56:20:     from ... argument (spill) at ./closure_recursive.go:56:13
./closure_recursive.go:56:20:     from fmt.Println(... argument...) (call parameter) at ./closure_recursive.go:56:13
./closure_recursive.go:40:27: len(memo) escapes to heap:
./closure_recursive.go:40:27:   flow: {storage for ... argument} = &{storage for len(memo)}:
./closure_recursive.go:40:27:     from len(memo) (spill) at ./closure_recursive.go:40:27
./closure_recursive.go:40:27:     from ... argument (slice-literal-element) at ./closure_recursive.go:40:13
./closure_recursive.go:40:27:   flow: {heap} = {storage for ... argument}:
./closure_recursive.go:40:27:     from ... argument (spill) at ./closure_recursive.go:40:13
./closure_recursive.go:40:27:     from fmt.Println(... argument...) (call parameter) at ./closure_recursive.go:40:13
./closure_recursive.go:40:18: mfib(90) escapes to heap:
./closure_recursive.go:40:18:   flow: {storage for ... argument} = &{storage for mfib(90)}:
./closure_recursive.go:40:18:     from mfib(90) (spill) at ./closure_recursive.go:40:18
./closure_recursive.go:40:18:     from ... argument (slice-literal-element) at ./closure_recursive.go:40:13
./closure_recursive.go:40:18:   flow: {heap} = {storage for ... argument}:
./closure_recursive.go:40:18:     from ... argument (spill) at ./closure_recursive.go:40:13
./closure_recursive.go:40:18:     from fmt.Println(... argument...) (call parameter) at ./closure_recursive.go:40:13
./closure_recursive.go:24:18: fact(10) escapes to heap:
./closure_recursive.go:24:18:   flow: {storage for ... argument} = &{storage for fact(10)}:
./closure_recursive.go:24:18:     from fact(10) (spill) at ./closure_recursive.go:24:18
./closure_recursive.go:24:18:     from ... argument (slice-literal-element) at ./closure_recursive.go:24:13
./closure_recursive.go:24:18:   flow: {heap} = {storage for ... argument}:
./closure_recursive.go:24:18:     from ... argument (spill) at ./closure_recursive.go:24:13
./closure_recursive.go:24:18:     from fmt.Println(... argument...) (call parameter) at ./closure_recursive.go:24:13
./closure_recursive.go:15:17: fib(20) escapes to heap:
./closure_recursive.go:15:17:   flow: {storage for ... argument} = &{storage for fib(20)}:
./closure_recursive.go:15:17:     from fib(20) (spill) at ./closure_recursive.go:15:17
./closure_recursive.go:15:17:     from ... argument (slice-literal-element) at ./closure_recursive.go:15:13
./closure_recursive.go:15:17:   flow: {heap} = {storage for ... argument}:
./closure_recursive.go:15:17:     from ... argument (spill) at ./closure_recursive.go:15:13
./closure_recursive.go:15:17:     from fmt.Println(... argument...) (call parameter) at ./closure_recursive.go:15:13
./closure_recursive.go:61:14: leaking param: prefix
./closure_recursive.go:61:29: rest does not escape
./closure_recursive.go:9:8: func literal does not escape
./closure_recursive.go:15:13: ... argument does not escape
./closure_recursive.go:15:17: fib(20) escapes to heap
./closure_recursive.go:18:9: func literal does not escape
./closure_recursive.go:24:13: ... argument does not escape
./closure_recursive.go:24:18: fact(10) escapes to heap
./closure_recursive.go:27:21: map[int]int{} does not escape
./closure_recursive.go:29:9: func literal does not escape
./closure_recursive.go:40:13: ... argument does not escape
./closure_recursive.go:40:18: mfib(90) escapes to heap
./closure_recursive.go:40:27: len(memo) escapes to heap
./closure_recursive.go:44:11: func literal does not escape
./closure_recursive.go:50:10: func literal does not escape
./closure_recursive.go:56:13: ... argument does not escape
./closure_recursive.go:56:20: isEven(10) escapes to heap
./closure_recursive.go:56:31: isOdd(7) escapes to heap
./closure_recursive.go:56:42: isEven(7) escapes to heap
./closure_recursive.go:61:9: func literal does not escape
./closure_recursive.go:67:32: []byte{} escapes to heap
./closure_recursive.go:68:15: prefix + string(rest[i]) escapes to heap
./closure_recursive.go:68:22: string(rest[i]) does not escape
./closure_recursive.go:71:17: ([]byte)("abc") escapes to heap
./closure_recursive.go:72:13: ... argument does not escape
./closure_recursive.go:72:13: out escapes to heap
./closure_recursive.go:76:14: func literal does not escape
./closure_recursive.go:83:14: func literal does not escape
./closure_recursive.go:84:13: ... argument does not escape
./closure_recursive.go:84:18: orig(5) escapes to heap
