./panic_value_kinds.go:12:12: f does not escape
./panic_value_kinds.go:13:8: func literal does not escape
./panic_value_kinds.go:15:13: ... argument does not escape
./panic_value_kinds.go:21:22: 1 escapes to heap:
./panic_value_kinds.go:21:22:   flow: {heap} = &{storage for 1}:
./panic_value_kinds.go:21:22:     from 1 (spill) at ./panic_value_kinds.go:21:22
./panic_value_kinds.go:21:22:     from panic(1) (call parameter) at ./panic_value_kinds.go:21:22
./panic_value_kinds.go:22:22: "s" escapes to heap:
./panic_value_kinds.go:22:22:   flow: {heap} = &{storage for "s"}:
./panic_value_kinds.go:22:22:     from "s" (spill) at ./panic_value_kinds.go:22:22
./panic_value_kinds.go:22:22:     from panic("s") (call parameter) at ./panic_value_kinds.go:22:22
./panic_value_kinds.go:23:22: true escapes to heap:
./panic_value_kinds.go:23:22:   flow: {heap} = &{storage for true}:
./panic_value_kinds.go:23:22:     from true (spill) at ./panic_value_kinds.go:23:22
./panic_value_kinds.go:23:22:     from panic(true) (call parameter) at ./panic_value_kinds.go:23:22
./panic_value_kinds.go:24:22: 2.5 escapes to heap:
./panic_value_kinds.go:24:22:   flow: {heap} = &{storage for 2.5}:
./panic_value_kinds.go:24:22:     from 2.5 (spill) at ./panic_value_kinds.go:24:22
./panic_value_kinds.go:24:22:     from panic(2.5) (call parameter) at ./panic_value_kinds.go:24:22
./panic_value_kinds.go:25:22: MyInt(3) escapes to heap:
./panic_value_kinds.go:25:22:   flow: {heap} = &{storage for MyInt(3)}:
./panic_value_kinds.go:25:22:     from MyInt(3) (spill) at ./panic_value_kinds.go:25:22
./panic_value_kinds.go:25:22:     from panic(MyInt(3)) (call parameter) at ./panic_value_kinds.go:25:22
./panic_value_kinds.go:26:22: MyStr("ms") escapes to heap:
./panic_value_kinds.go:26:22:   flow: {heap} = &{storage for MyStr("ms")}:
./panic_value_kinds.go:26:22:     from MyStr("ms") (spill) at ./panic_value_kinds.go:26:22
./panic_value_kinds.go:26:22:     from panic(MyStr("ms")) (call parameter) at ./panic_value_kinds.go:26:22
./panic_value_kinds.go:27:25: Pt{...} escapes to heap:
./panic_value_kinds.go:27:25:   flow: {heap} = &{storage for Pt{...}}:
./panic_value_kinds.go:27:25:     from Pt{...} (spill) at ./panic_value_kinds.go:27:25
./panic_value_kinds.go:27:25:     from panic(Pt{...}) (call parameter) at ./panic_value_kinds.go:27:22
./panic_value_kinds.go:29:28: []int{...} escapes to heap:
./panic_value_kinds.go:29:28:   flow: {heap} = &{storage for []int{...}}:
./panic_value_kinds.go:29:28:     from []int{...} (spill) at ./panic_value_kinds.go:29:28
./panic_value_kinds.go:29:28:     from panic([]int{...}) (call parameter) at ./panic_value_kinds.go:29:22
./panic_value_kinds.go:29:28: []int{...} escapes to heap:
./panic_value_kinds.go:29:28:   flow: {storage for []int{...}} = &{storage for []int{...}}:
./panic_value_kinds.go:29:28:     from []int{...} (spill) at ./panic_value_kinds.go:29:28
./panic_value_kinds.go:29:28:     from []int{...} (interface-converted) at ./panic_value_kinds.go:29:28
./panic_value_kinds.go:30:22: uint8(200) escapes to heap:
./panic_value_kinds.go:30:22:   flow: {heap} = &{storage for uint8(200)}:
./panic_value_kinds.go:30:22:     from uint8(200) (spill) at ./panic_value_kinds.go:30:22
./panic_value_kinds.go:30:22:     from panic(uint8(200)) (call parameter) at ./panic_value_kinds.go:30:22
./panic_value_kinds.go:21:8: func literal does not escape
./panic_value_kinds.go:21:22: 1 escapes to heap
./panic_value_kinds.go:22:8: func literal does not escape
./panic_value_kinds.go:22:22: "s" escapes to heap
./panic_value_kinds.go:23:8: func literal does not escape
./panic_value_kinds.go:23:22: true escapes to heap
./panic_value_kinds.go:24:8: func literal does not escape
./panic_value_kinds.go:24:22: 2.5 escapes to heap
./panic_value_kinds.go:25:8: func literal does not escape
./panic_value_kinds.go:25:22: MyInt(3) escapes to heap
./panic_value_kinds.go:26:8: func literal does not escape
./panic_value_kinds.go:26:22: MyStr("ms") escapes to heap
./panic_value_kinds.go:27:8: func literal does not escape
./panic_value_kinds.go:27:25: Pt{...} escapes to heap
./panic_value_kinds.go:28:8: func literal does not escape
./panic_value_kinds.go:29:8: func literal does not escape
./panic_value_kinds.go:29:28: []int{...} escapes to heap
./panic_value_kinds.go:29:28: []int{...} escapes to heap
./panic_value_kinds.go:30:8: func literal does not escape
./panic_value_kinds.go:30:22: uint8(200) escapes to heap
