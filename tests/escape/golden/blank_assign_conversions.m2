./blank_assign_conversions.go:7:10: try capturing by value: name (addr=false assign=false width=16)
./blank_assign_conversions.go:8:28: name escapes to heap:
./blank_assign_conversions.go:8:28:   flow: {storage for ... argument} = &{storage for name}:
./blank_assign_conversions.go:8:28:     from name (spill) at ./blank_assign_conversions.go:8:28
./blank_assign_conversions.go:8:28:     from ... argument (slice-literal-element) at ./blank_assign_conversions.go:8:28
./blank_assign_conversions.go:8:28:   flow: {heap} = {storage for ... argument}:
./blank_assign_conversions.go:8:28:     from ... argument (spill) at ./blank_assign_conversions.go:8:28
./blank_assign_conversions.go:8:28:     from fmt.Println(... argument...) (call parameter) at ./blank_assign_conversions.go:8:28
./blank_assign_conversions.go:7:10: parameter name leaks to {storage for name} with derefs=0:
./blank_assign_conversions.go:7:10:   flow: {storage for name} = name:
./blank_assign_conversions.go:7:10:     from name (interface-converted) at ./blank_assign_conversions.go:8:28
./blank_assign_conversions.go:7:10: leaking param: name
./blank_assign_conversions.go:7:23: f does not escape
./blank_assign_conversions.go:8:8: func literal does not escape
./blank_assign_conversions.go:8:28: ... argument does not escape
./blank_assign_conversions.go:8:28: name escapes to heap
./blank_assign_conversions.go:15:2: main capturing by value: s (addr=false assign=false width=24)
./blank_assign_conversions.go:15:2: main capturing by value: s (addr=false assign=false width=24)
./blank_assign_conversions.go:15:2: main capturing by value: s (addr=false assign=false width=24)
./blank_assign_conversions.go:20:6: main capturing by value: i (addr=false assign=false width=16)
./blank_assign_conversions.go:15:11: make([]byte, 8, 10) does not escape
./blank_assign_conversions.go:16:32: func literal does not escape
./blank_assign_conversions.go:17:28: func literal does not escape
./blank_assign_conversions.go:18:16: func literal does not escape
./blank_assign_conversions.go:18:35: string(s) does not escape
./blank_assign_conversions.go:19:15: func literal does not escape
./blank_assign_conversions.go:20:6: "x" does not escape
./blank_assign_conversions.go:21:16: func literal does not escape
