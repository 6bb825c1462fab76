./closure_result.go:8:12: leaking param: a to result ~r0 level=0
./closure_result.go:9:2: moved to heap: v
./closure_result.go:5:3: moved to heap: x
./closure_result.go:4:7: func literal does not escape
./closure_result.go:8:7: func literal does not escape
