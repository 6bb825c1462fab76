./panic_error_method.go:7:56: e.Code escapes to heap:
./panic_error_method.go:7:56:   flow: {storage for ... argument} = &{storage for e.Code}:
./panic_error_method.go:7:56:     from e.Code (spill) at ./panic_error_method.go:7:56
./panic_error_method.go:7:56:     from ... argument (slice-literal-element) at ./panic_error_method.go:7:47
./panic_error_method.go:7:56:   flow: {heap} = {storage for ... argument}:
./panic_error_method.go:7:56:     from ... argument (spill) at ./panic_error_method.go:7:47
./panic_error_method.go:7:56:     from fmt.Sprintf("E%d", ... argument...) (call parameter) at ./panic_error_method.go:7:47
./panic_error_method.go:7:47: ... argument does not escape
./panic_error_method.go:7:56: e.Code escapes to heap
./panic_error_method.go:13:10: E{...} escapes to heap:
./panic_error_method.go:13:10:   flow: {heap} = &{storage for E{...}}:
./panic_error_method.go:13:10:     from E{...} (spill) at ./panic_error_method.go:13:10
./panic_error_method.go:13:10:     from panic(E{...}) (call parameter) at ./panic_error_method.go:13:8
./panic_error_method.go:15:8: &E{...} escapes to heap:
./panic_error_method.go:15:8:   flow: {heap} = &{storage for &E{...}}:
./panic_error_method.go:15:8:     from &E{...} (spill) at ./panic_error_method.go:15:8
./panic_error_method.go:15:8:     from &E{...} (interface-converted) at ./panic_error_method.go:15:10
./panic_error_method.go:15:8:     from panic(&E{...}) (call parameter) at ./panic_error_method.go:15:7
./panic_error_method.go:12:15: "recovered:" escapes to heap:
./panic_error_method.go:12:15:   flow: {storage for ... argument} = &{storage for "recovered:"}:
./panic_error_method.go:12:15:     from "recovered:" (spill) at ./panic_error_method.go:12:15
./panic_error_method.go:12:15:     from ... argument (slice-literal-element) at ./panic_error_method.go:12:14
./panic_error_method.go:12:15:   flow: {heap} = {storage for ... argument}:
./panic_error_method.go:12:15:     from ... argument (spill) at ./panic_error_method.go:12:14
./panic_error_method.go:12:15:     from fmt.Println(... argument...) (call parameter) at ./panic_error_method.go:12:14
./panic_error_method.go:10:8: func literal does not escape
./panic_error_method.go:12:14: ... argument does not escape
./panic_error_method.go:12:15: "recovered:" escapes to heap
./panic_error_method.go:13:10: E{...} escapes to heap
./panic_error_method.go:15:8: &E{...} escapes to heap
