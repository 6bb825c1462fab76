./closure_range_key_literal.go:9:3: moved to heap: q
./closure_range_key_literal.go:21:3: moved to heap: q
./closure_range_key_literal.go:12:8: func literal escapes to heap
./closure_range_key_literal.go:22:9: func literal does not escape
./closure_range_key_literal.go:26:8: func literal escapes to heap
