./func_value.go:3:12: f does not escape
./func_value.go:3:30: leaking param: p
./func_value.go:5:10: p does not escape
./func_value.go:8:2: moved to heap: x
