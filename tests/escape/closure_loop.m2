./closure_loop.go:7:19: func literal escapes to heap:
./closure_loop.go:7:19:   flow: {heap} = &{storage for func literal}:
./closure_loop.go:7:19:     from func literal (spill) at ./closure_loop.go:7:19
./closure_loop.go:7:19:     from append(fs, func literal) (call parameter) at ./closure_loop.go:7:14
./closure_loop.go:6:3: main capturing by value: j (addr=false assign=false width=8)
./closure_loop.go:7:19: func literal escapes to heap
