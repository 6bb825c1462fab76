./recover_second_panic.go:11:8: "second" escapes to heap:
./recover_second_panic.go:11:8:   flow: {heap} = &{storage for "second"}:
./recover_second_panic.go:11:8:     from "second" (spill) at ./recover_second_panic.go:11:8
./recover_second_panic.go:11:8:     from panic("second") (call parameter) at ./recover_second_panic.go:11:8
./recover_second_panic.go:13:7: "first" escapes to heap:
./recover_second_panic.go:13:7:   flow: {heap} = &{storage for "first"}:
./recover_second_panic.go:13:7:     from "first" (spill) at ./recover_second_panic.go:13:7
./recover_second_panic.go:13:7:     from panic("first") (call parameter) at ./recover_second_panic.go:13:7
./recover_second_panic.go:8:15: "again:" escapes to heap:
./recover_second_panic.go:8:15:   flow: {storage for ... argument} = &{storage for "again:"}:
./recover_second_panic.go:8:15:     from "again:" (spill) at ./recover_second_panic.go:8:15
./recover_second_panic.go:8:15:     from ... argument (slice-literal-element) at ./recover_second_panic.go:8:14
./recover_second_panic.go:8:15:   flow: {heap} = {storage for ... argument}:
./recover_second_panic.go:8:15:     from ... argument (spill) at ./recover_second_panic.go:8:14
./recover_second_panic.go:8:15:     from fmt.Println(... argument...) (call parameter) at ./recover_second_panic.go:8:14
./recover_second_panic.go:7:15: "outer recovered:" escapes to heap:
./recover_second_panic.go:7:15:   flow: {storage for ... argument} = &{storage for "outer recovered:"}:
./recover_second_panic.go:7:15:     from "outer recovered:" (spill) at ./recover_second_panic.go:7:15
./recover_second_panic.go:7:15:     from ... argument (slice-literal-element) at ./recover_second_panic.go:7:14
./recover_second_panic.go:7:15:   flow: {heap} = {storage for ... argument}:
./recover_second_panic.go:7:15:     from ... argument (spill) at ./recover_second_panic.go:7:14
./recover_second_panic.go:7:15:     from fmt.Println(... argument...) (call parameter) at ./recover_second_panic.go:7:14
./recover_second_panic.go:6:8: func literal does not escape
./recover_second_panic.go:7:14: ... argument does not escape
./recover_second_panic.go:7:15: "outer recovered:" escapes to heap
./recover_second_panic.go:8:14: ... argument does not escape
./recover_second_panic.go:8:15: "again:" escapes to heap
./recover_second_panic.go:10:8: func literal does not escape
./recover_second_panic.go:11:8: "second" escapes to heap
./recover_second_panic.go:13:7: "first" escapes to heap
