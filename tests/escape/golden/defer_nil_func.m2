./defer_nil_func.go:11:14: "defer of nil func is fine until it runs" escapes to heap:
./defer_nil_func.go:11:14:   flow: {storage for ... argument} = &{storage for "defer of nil func is fine until it runs"}:
./defer_nil_func.go:11:14:     from "defer of nil func is fine until it runs" (spill) at ./defer_nil_func.go:11:14
./defer_nil_func.go:11:14:     from ... argument (slice-literal-element) at ./defer_nil_func.go:11:13
./defer_nil_func.go:11:14:   flow: {heap} = {storage for ... argument}:
./defer_nil_func.go:11:14:     from ... argument (spill) at ./defer_nil_func.go:11:13
./defer_nil_func.go:11:14:     from fmt.Println(... argument...) (call parameter) at ./defer_nil_func.go:11:13
./defer_nil_func.go:7:15: "recovered:" escapes to heap:
./defer_nil_func.go:7:15:   flow: {storage for ... argument} = &{storage for "recovered:"}:
./defer_nil_func.go:7:15:     from "recovered:" (spill) at ./defer_nil_func.go:7:15
./defer_nil_func.go:7:15:     from ... argument (slice-literal-element) at ./defer_nil_func.go:7:14
./defer_nil_func.go:7:15:   flow: {heap} = {storage for ... argument}:
./defer_nil_func.go:7:15:     from ... argument (spill) at ./defer_nil_func.go:7:14
./defer_nil_func.go:7:15:     from fmt.Println(... argument...) (call parameter) at ./defer_nil_func.go:7:14
./defer_nil_func.go:6:8: func literal does not escape
./defer_nil_func.go:7:14: ... argument does not escape
./defer_nil_func.go:7:15: "recovered:" escapes to heap
./defer_nil_func.go:11:13: ... argument does not escape
./defer_nil_func.go:11:14: "defer of nil func is fine until it runs" escapes to heap
