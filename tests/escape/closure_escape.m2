./closure_escape.go:4:2: counter capturing by ref: n (addr=false assign=true width=8)
./closure_escape.go:5:9: func literal escapes to heap:
./closure_escape.go:5:9:   flow: ~r0 = &{storage for func literal}:
./closure_escape.go:5:9:     from func literal (spill) at ./closure_escape.go:5:9
./closure_escape.go:5:9:     from return func literal (return) at ./closure_escape.go:5:2
./closure_escape.go:4:2: n escapes to heap:
./closure_escape.go:4:2:   flow: {storage for func literal} = &n:
./closure_escape.go:4:2:     from n (captured by a closure) at ./closure_escape.go:6:3
./closure_escape.go:4:2:     from n (reference) at ./closure_escape.go:6:3
./closure_escape.go:4:2: moved to heap: n
./closure_escape.go:5:9: func literal escapes to heap
./closure_escape.go:11:12: adder capturing by value: k (addr=false assign=false width=8)
./closure_escape.go:12:9: func literal escapes to heap:
./closure_escape.go:12:9:   flow: ~r0 = &{storage for func literal}:
./closure_escape.go:12:9:     from func literal (spill) at ./closure_escape.go:12:9
./closure_escape.go:12:9:     from return func literal (return) at ./closure_escape.go:12:2
./closure_escape.go:11:12: parameter k leaks to {storage for func literal} with derefs=0:
./closure_escape.go:11:12:   flow: {storage for func literal} = k:
./closure_escape.go:11:12:     from k (captured by a closure) at ./closure_escape.go:12:38
./closure_escape.go:12:9: func literal escapes to heap
