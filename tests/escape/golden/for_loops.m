./for_loops.go:9:12: ... argument does not escape
./for_loops.go:9:12: i escapes to heap
./for_loops.go:9:16: " " escapes to heap
./for_loops.go:17:13: ... argument does not escape
./for_loops.go:17:13: n escapes to heap
./for_loops.go:28:12: ... argument does not escape
./for_loops.go:28:13: "k" escapes to heap
./for_loops.go:28:13: k escapes to heap
./for_loops.go:28:21: " " escapes to heap
./for_loops.go:35:13: ... argument does not escape
./for_loops.go:35:13: j escapes to heap
./for_loops.go:41:13: ... argument does not escape
./for_loops.go:41:13: m escapes to heap
./for_loops.go:45:12: ... argument does not escape
./for_loops.go:45:12: i escapes to heap
./for_loops.go:45:16: ";" escapes to heap
./for_loops.go:50:12: ... argument does not escape
./for_loops.go:50:12: i escapes to heap
./for_loops.go:50:16: "," escapes to heap
./for_loops.go:50:16: j escapes to heap
./for_loops.go:50:24: " " escapes to heap
./for_loops.go:56:13: ... argument does not escape
./for_loops.go:56:16: i * j escapes to heap
./for_loops.go:58:14: ... argument does not escape
./for_loops.go:58:15: " " escapes to heap
./for_loops.go:69:13: ... argument does not escape
./for_loops.go:69:14: "wrapped after" escapes to heap
./for_loops.go:69:14: steps escapes to heap
./for_loops.go:76:12: ... argument does not escape
./for_loops.go:76:12: i escapes to heap
./for_loops.go:76:16: " " escapes to heap
./for_loops.go:84:13: ... argument does not escape
./for_loops.go:84:13: total escapes to heap
./for_loops.go:87:14: ... argument does not escape
./for_loops.go:87:15: "never" escapes to heap
./for_loops.go:90:14: ... argument does not escape
./for_loops.go:90:15: "never either" escapes to heap
