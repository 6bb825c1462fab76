./closure_range_key_literal.go:9:3: main capturing by ref: q (addr=false assign=true width=8)
./closure_range_key_literal.go:21:3: main capturing by ref: q (addr=false assign=true width=8)
./closure_range_key_literal.go:21:3: main capturing by ref: q (addr=true assign=true width=8)
./closure_range_key_literal.go:26:8: func literal escapes to heap:
./closure_range_key_literal.go:26:8:   flow: g = &{storage for func literal}:
./closure_range_key_literal.go:26:8:     from func literal (spill) at ./closure_range_key_literal.go:26:8
./closure_range_key_literal.go:26:8:     from g = func literal (assign) at ./closure_range_key_literal.go:26:6
./closure_range_key_literal.go:21:3: q escapes to heap:
./closure_range_key_literal.go:21:3:   flow: {storage for func literal} = &q:
./closure_range_key_literal.go:21:3:     from q (captured by a closure) at ./closure_range_key_literal.go:27:12
./closure_range_key_literal.go:21:3:     from q (reference) at ./closure_range_key_literal.go:27:12
./closure_range_key_literal.go:12:8: func literal escapes to heap:
./closure_range_key_literal.go:12:8:   flow: g = &{storage for func literal}:
./closure_range_key_literal.go:12:8:     from func literal (spill) at ./closure_range_key_literal.go:12:8
./closure_range_key_literal.go:12:8:     from g = func literal (assign) at ./closure_range_key_literal.go:12:6
./closure_range_key_literal.go:9:3: q escapes to heap:
./closure_range_key_literal.go:9:3:   flow: {storage for func literal} = &q:
./closure_range_key_literal.go:9:3:     from q (captured by a closure) at ./closure_range_key_literal.go:13:12
./closure_range_key_literal.go:9:3:     from q (reference) at ./closure_range_key_literal.go:13:12
./closure_range_key_literal.go:9:3: moved to heap: q
./closure_range_key_literal.go:21:3: moved to heap: q
./closure_range_key_literal.go:12:8: func literal escapes to heap
./closure_range_key_literal.go:22:9: func literal does not escape
./closure_range_key_literal.go:26:8: func literal escapes to heap
