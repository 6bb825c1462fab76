./main.go:6:35: arch() escapes to heap:
./main.go:6:35:   flow: {storage for ... argument} = &{storage for arch()}:
./main.go:6:35:     from arch() (spill) at ./main.go:6:35
./main.go:6:35:     from ... argument (slice-literal-element) at ./main.go:6:13
./main.go:6:35:   flow: {heap} = {storage for ... argument}:
./main.go:6:35:     from ... argument (spill) at ./main.go:6:13
./main.go:6:35:     from fmt.Println(... argument...) (call parameter) at ./main.go:6:13
./main.go:6:27: which() escapes to heap:
./main.go:6:27:   flow: {storage for ... argument} = &{storage for which()}:
./main.go:6:27:     from which() (spill) at ./main.go:6:27
./main.go:6:27:     from ... argument (slice-literal-element) at ./main.go:6:13
./main.go:6:27:   flow: {heap} = {storage for ... argument}:
./main.go:6:27:     from ... argument (spill) at ./main.go:6:13
./main.go:6:27:     from fmt.Println(... argument...) (call parameter) at ./main.go:6:13
./main.go:6:14: "main" escapes to heap:
./main.go:6:14:   flow: {storage for ... argument} = &{storage for "main"}:
./main.go:6:14:     from "main" (spill) at ./main.go:6:14
./main.go:6:14:     from ... argument (slice-literal-element) at ./main.go:6:13
./main.go:6:14:   flow: {heap} = {storage for ... argument}:
./main.go:6:14:     from ... argument (spill) at ./main.go:6:13
./main.go:6:14:     from fmt.Println(... argument...) (call parameter) at ./main.go:6:13
./main.go:6:13: ... argument does not escape
./main.go:6:14: "main" escapes to heap
./main.go:6:27: which() escapes to heap
./main.go:6:35: arch() escapes to heap
