./closure_nested_levels.go:7:2: moved to heap: a
./closure_nested_levels.go:8:13: moved to heap: b
./closure_nested_levels.go:9:15: moved to heap: c
./closure_nested_levels.go:8:8: func literal does not escape
./closure_nested_levels.go:9:10: func literal escapes to heap
./closure_nested_levels.go:10:11: func literal escapes to heap
./closure_nested_levels.go:19:13: ... argument does not escape
./closure_nested_levels.go:19:15: g() escapes to heap
./closure_nested_levels.go:19:20: g() escapes to heap
./closure_nested_levels.go:19:20: a escapes to heap
./closure_nested_levels.go:21:13: ... argument does not escape
./closure_nested_levels.go:21:18: .autotmp_5() escapes to heap
./closure_nested_levels.go:21:26: .autotmp_6() escapes to heap
./closure_nested_levels.go:21:26: a escapes to heap
