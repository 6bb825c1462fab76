./select_random.go:21:34: nb > 350 escapes to heap:
./select_random.go:21:34:   flow: {storage for ... argument} = &{storage for nb > 350}:
./select_random.go:21:34:     from nb > 350 (spill) at ./select_random.go:21:34
./select_random.go:21:34:     from ... argument (slice-literal-element) at ./select_random.go:21:13
./select_random.go:21:34:   flow: {heap} = {storage for ... argument}:
./select_random.go:21:34:     from ... argument (spill) at ./select_random.go:21:13
./select_random.go:21:34:     from fmt.Println(... argument...) (call parameter) at ./select_random.go:21:13
./select_random.go:21:24: na > 350 escapes to heap:
./select_random.go:21:24:   flow: {storage for ... argument} = &{storage for na > 350}:
./select_random.go:21:24:     from na > 350 (spill) at ./select_random.go:21:24
./select_random.go:21:24:     from ... argument (slice-literal-element) at ./select_random.go:21:13
./select_random.go:21:24:   flow: {heap} = {storage for ... argument}:
./select_random.go:21:24:     from ... argument (spill) at ./select_random.go:21:13
./select_random.go:21:24:     from fmt.Println(... argument...) (call parameter) at ./select_random.go:21:13
./select_random.go:21:16: na + nb escapes to heap:
./select_random.go:21:16:   flow: {storage for ... argument} = &{storage for na + nb}:
./select_random.go:21:16:     from na + nb (spill) at ./select_random.go:21:16
./select_random.go:21:16:     from ... argument (slice-literal-element) at ./select_random.go:21:13
./select_random.go:21:16:   flow: {heap} = {storage for ... argument}:
./select_random.go:21:16:     from ... argument (spill) at ./select_random.go:21:13
./select_random.go:21:16:     from fmt.Println(... argument...) (call parameter) at ./select_random.go:21:13
./select_random.go:21:13: ... argument does not escape
./select_random.go:21:16: na + nb escapes to heap
./select_random.go:21:24: na > 350 escapes to heap
./select_random.go:21:34: nb > 350 escapes to heap
