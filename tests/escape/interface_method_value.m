./interface_method_value.go:7:7: leaking param: x to result ~r0 level=0
./interface_method_value.go:9:11: f does not escape
./interface_method_value.go:13:16: n.Name does not escape
./interface_method_value.go:14:13: N{...} escapes to heap
./interface_method_value.go:15:16: s.Name does not escape
