./closure_generator.go:7:2: moved to heap: a
./closure_generator.go:7:5: moved to heap: b
./closure_generator.go:8:9: func literal escapes to heap
./closure_generator.go:16:2: moved to heap: cur
./closure_generator.go:17:9: func literal escapes to heap
./closure_generator.go:30:12: ... argument does not escape
./closure_generator.go:30:14: f() escapes to heap
./closure_generator.go:30:18: " " escapes to heap
./closure_generator.go:35:12: ... argument does not escape
./closure_generator.go:35:12: v escapes to heap
./closure_generator.go:35:16: "," escapes to heap
