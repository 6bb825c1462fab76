./prog_collatz.go:24:21: ... argument does not escape
./prog_collatz.go:24:21: n escapes to heap
./prog_collatz.go:24:25: " " escapes to heap
./prog_collatz.go:31:13: ... argument does not escape
./prog_collatz.go:31:17: len(line) escapes to heap
./prog_collatz.go:31:29: line[:40] escapes to heap
./prog_collatz.go:39:12: ... argument does not escape
./prog_collatz.go:39:13: bestN escapes to heap
./prog_collatz.go:39:13: best escapes to heap
