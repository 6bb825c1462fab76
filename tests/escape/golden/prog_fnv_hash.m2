./prog_fnv_hash.go:7:12: s does not escape
./prog_fnv_hash.go:16:12: s does not escape
./prog_fnv_hash.go:31:55: fnv64(s) escapes to heap:
./prog_fnv_hash.go:31:55:   flow: {storage for ... argument} = &{storage for fnv64(s)}:
./prog_fnv_hash.go:31:55:     from fnv64(s) (spill) at ./prog_fnv_hash.go:31:55
./prog_fnv_hash.go:31:55:     from ... argument (slice-literal-element) at ./prog_fnv_hash.go:31:14
./prog_fnv_hash.go:31:55:   flow: {heap} = {storage for ... argument}:
./prog_fnv_hash.go:31:55:     from ... argument (spill) at ./prog_fnv_hash.go:31:14
./prog_fnv_hash.go:31:55:     from fmt.Printf("%-45q %08x %016x\n", ... argument...) (call parameter) at ./prog_fnv_hash.go:31:14
./prog_fnv_hash.go:31:45: fnv32(s) escapes to heap:
./prog_fnv_hash.go:31:45:   flow: {storage for ... argument} = &{storage for fnv32(s)}:
./prog_fnv_hash.go:31:45:     from fnv32(s) (spill) at ./prog_fnv_hash.go:31:45
./prog_fnv_hash.go:31:45:     from ... argument (slice-literal-element) at ./prog_fnv_hash.go:31:14
./prog_fnv_hash.go:31:45:   flow: {heap} = {storage for ... argument}:
./prog_fnv_hash.go:31:45:     from ... argument (spill) at ./prog_fnv_hash.go:31:14
./prog_fnv_hash.go:31:45:     from fmt.Printf("%-45q %08x %016x\n", ... argument...) (call parameter) at ./prog_fnv_hash.go:31:14
./prog_fnv_hash.go:31:15: s escapes to heap:
./prog_fnv_hash.go:31:15:   flow: {storage for ... argument} = &{storage for s}:
./prog_fnv_hash.go:31:15:     from s (spill) at ./prog_fnv_hash.go:31:15
./prog_fnv_hash.go:31:15:     from ... argument (slice-literal-element) at ./prog_fnv_hash.go:31:14
./prog_fnv_hash.go:31:15:   flow: {heap} = {storage for ... argument}:
./prog_fnv_hash.go:31:15:     from ... argument (spill) at ./prog_fnv_hash.go:31:14
./prog_fnv_hash.go:31:15:     from fmt.Printf("%-45q %08x %016x\n", ... argument...) (call parameter) at ./prog_fnv_hash.go:31:14
./prog_fnv_hash.go:31:14: ... argument does not escape
./prog_fnv_hash.go:31:15: s escapes to heap
./prog_fnv_hash.go:31:45: fnv32(s) escapes to heap
./prog_fnv_hash.go:31:55: fnv64(s) escapes to heap
