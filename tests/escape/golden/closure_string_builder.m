./closure_string_builder.go:8:15: format does not escape
./closure_string_builder.go:8:30: leaking param content: args
./closure_string_builder.go:17:14: leaking param: s
./closure_string_builder.go:8:10: func literal does not escape
./closure_string_builder.go:12:7: ... argument does not escape
./closure_string_builder.go:12:8: i escapes to heap
./closure_string_builder.go:14:6: ... argument does not escape
./closure_string_builder.go:14:13: "!" escapes to heap
./closure_string_builder.go:15:13: ... argument does not escape
./closure_string_builder.go:15:13: out escapes to heap
./closure_string_builder.go:17:9: func literal does not escape
./closure_string_builder.go:20:13: ... argument does not escape
./closure_string_builder.go:20:17: add("c") escapes to heap
./closure_string_builder.go:20:17: lines escapes to heap
