./prog_fnv_hash.go:7:12: s does not escape
./prog_fnv_hash.go:16:12: s does not escape
./prog_fnv_hash.go:31:14: ... argument does not escape
./prog_fnv_hash.go:31:15: s escapes to heap
./prog_fnv_hash.go:31:45: fnv32(s) escapes to heap
./prog_fnv_hash.go:31:55: fnv64(s) escapes to heap
