./syntax_goto.go:23:12: ... argument does not escape
./syntax_goto.go:23:20: collatz(i) escapes to heap
./syntax_goto.go:23:25: " " escapes to heap
./syntax_goto.go:29:14: ... argument does not escape
./syntax_goto.go:29:15: "again" escapes to heap
./syntax_goto.go:29:15: i escapes to heap
./syntax_goto.go:36:14: ... argument does not escape
./syntax_goto.go:36:15: "inner block" escapes to heap
