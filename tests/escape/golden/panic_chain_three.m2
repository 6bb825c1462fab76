./panic_chain_three.go:4:22: 3 escapes to heap:
./panic_chain_three.go:4:22:   flow: {heap} = &{storage for 3}:
./panic_chain_three.go:4:22:     from 3 (spill) at ./panic_chain_three.go:4:22
./panic_chain_three.go:4:22:     from panic(3) (call parameter) at ./panic_chain_three.go:4:22
./panic_chain_three.go:5:22: "two" escapes to heap:
./panic_chain_three.go:5:22:   flow: {heap} = &{storage for "two"}:
./panic_chain_three.go:5:22:     from "two" (spill) at ./panic_chain_three.go:5:22
./panic_chain_three.go:5:22:     from panic("two") (call parameter) at ./panic_chain_three.go:5:22
./panic_chain_three.go:6:7: 1 escapes to heap:
./panic_chain_three.go:6:7:   flow: {heap} = &{storage for 1}:
./panic_chain_three.go:6:7:     from 1 (spill) at ./panic_chain_three.go:6:7
./panic_chain_three.go:6:7:     from panic(1) (call parameter) at ./panic_chain_three.go:6:7
./panic_chain_three.go:4:8: func literal does not escape
./panic_chain_three.go:4:22: 3 escapes to heap
./panic_chain_three.go:5:8: func literal does not escape
./panic_chain_three.go:5:22: "two" escapes to heap
./panic_chain_three.go:6:7: 1 escapes to heap
