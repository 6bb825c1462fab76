./errors_value.go:7:64: e.code escapes to heap:
./errors_value.go:7:64:   flow: {storage for ... argument} = &{storage for e.code}:
./errors_value.go:7:64:     from e.code (spill) at ./errors_value.go:7:64
./errors_value.go:7:64:     from ... argument (slice-literal-element) at ./errors_value.go:7:51
./errors_value.go:7:64:   flow: {heap} = {storage for ... argument}:
./errors_value.go:7:64:     from ... argument (spill) at ./errors_value.go:7:51
./errors_value.go:7:64:     from fmt.Sprintf("code %d", ... argument...) (call parameter) at ./errors_value.go:7:51
./errors_value.go:7:51: ... argument does not escape
./errors_value.go:7:64: e.code escapes to heap
./errors_value.go:11:15: MyErr{...} escapes to heap:
./errors_value.go:11:15:   flow: ~r0 = &{storage for MyErr{...}}:
./errors_value.go:11:15:     from MyErr{...} (spill) at ./errors_value.go:11:15
./errors_value.go:11:15:     from return MyErr{...} (return) at ./errors_value.go:11:3
./errors_value.go:11:15: MyErr{...} escapes to heap
./errors_value.go:18:15: "error:" escapes to heap:
./errors_value.go:18:15:   flow: {storage for ... argument} = &{storage for "error:"}:
./errors_value.go:18:15:     from "error:" (spill) at ./errors_value.go:18:15
./errors_value.go:18:15:     from ... argument (slice-literal-element) at ./errors_value.go:18:14
./errors_value.go:18:15:   flow: {heap} = {storage for ... argument}:
./errors_value.go:18:15:     from ... argument (spill) at ./errors_value.go:18:14
./errors_value.go:18:15:     from fmt.Println(... argument...) (call parameter) at ./errors_value.go:18:14
./errors_value.go:18:14: ... argument does not escape
./errors_value.go:18:15: "error:" escapes to heap
