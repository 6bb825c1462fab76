./nested_closure.go:4:2: main capturing by ref: x (addr=false assign=true width=8)
./nested_closure.go:4:2: main capturing by ref: x (addr=true assign=true width=8)
./nested_closure.go:6:10: func literal escapes to heap:
./nested_closure.go:6:10:   flow: ~r0 = &{storage for func literal}:
./nested_closure.go:6:10:     from func literal (spill) at ./nested_closure.go:6:10
./nested_closure.go:6:10:     from return func literal (return) at ./nested_closure.go:6:3
./nested_closure.go:4:2: x escapes to heap:
./nested_closure.go:4:2:   flow: {storage for func literal} = &x:
./nested_closure.go:4:2:     from x (captured by a closure) at ./nested_closure.go:7:4
./nested_closure.go:4:2:     from x (reference) at ./nested_closure.go:7:4
./nested_closure.go:4:2: moved to heap: x
./nested_closure.go:5:11: func literal does not escape
./nested_closure.go:6:10: func literal escapes to heap
