./func_value.go:3:30: parameter p leaks to {heap} with derefs=0:
./func_value.go:3:30:   flow: {heap} = p:
./func_value.go:3:30:     from f(p) (call parameter) at ./func_value.go:3:52
./func_value.go:3:12: f does not escape
./func_value.go:3:30: leaking param: p
./func_value.go:5:10: p does not escape
./func_value.go:8:2: x escapes to heap:
./func_value.go:8:2:   flow: {heap} = &x:
./func_value.go:8:2:     from &x (address-of) at ./func_value.go:9:21
./func_value.go:8:2:     from apply(get, &x) (call parameter) at ./func_value.go:9:15
./func_value.go:8:2: moved to heap: x
