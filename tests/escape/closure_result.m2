./closure_result.go:8:12: parameter a leaks to ~r0 with derefs=0:
./closure_result.go:8:12:   flow: ~r0 = a:
./closure_result.go:8:12:     from return a (return) at ./closure_result.go:8:27
./closure_result.go:9:2: v escapes to heap:
./closure_result.go:9:2:   flow: a = &v:
./closure_result.go:9:2:     from &v (address-of) at ./closure_result.go:10:17
./closure_result.go:9:2:     from q(&v) (call parameter) at ./closure_result.go:10:16
./closure_result.go:9:2:   flow: ~r0 = a:
./closure_result.go:9:2:     from return a (return) at ./closure_result.go:8:27
./closure_result.go:5:3: x escapes to heap:
./closure_result.go:5:3:   flow: ~r0 = &x:
./closure_result.go:5:3:     from &x (address-of) at ./closure_result.go:6:10
./closure_result.go:5:3:     from return &x (return) at ./closure_result.go:6:3
./closure_result.go:8:12: leaking param: a to result ~r0 level=0
./closure_result.go:9:2: moved to heap: v
./closure_result.go:5:3: moved to heap: x
./closure_result.go:4:7: func literal does not escape
./closure_result.go:8:7: func literal does not escape
