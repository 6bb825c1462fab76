./panic_bool.go:5:7: 1 > 0 escapes to heap:
./panic_bool.go:5:7:   flow: {heap} = &{storage for 1 > 0}:
./panic_bool.go:5:7:     from 1 > 0 (spill) at ./panic_bool.go:5:7
./panic_bool.go:5:7:     from panic(1 > 0) (call parameter) at ./panic_bool.go:5:7
./panic_bool.go:5:7: 1 > 0 escapes to heap
