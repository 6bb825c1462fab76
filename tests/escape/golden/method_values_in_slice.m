./method_values_in_slice.go:11:7: l does not escape
./method_values_in_slice.go:12:7: leaking param: l
./method_values_in_slice.go:12:52: ... argument does not escape
./method_values_in_slice.go:12:63: l.name escapes to heap
./method_values_in_slice.go:12:71: l.on escapes to heap
./method_values_in_slice.go:15:7: &Light{...} does not escape
./method_values_in_slice.go:16:7: &Light{...} does not escape
./method_values_in_slice.go:17:21: []func(){...} does not escape
./method_values_in_slice.go:17:23: k.Toggle does not escape
./method_values_in_slice.go:17:33: h.Toggle does not escape
./method_values_in_slice.go:17:43: k.Toggle does not escape
./method_values_in_slice.go:17:53: k.Toggle does not escape
./method_values_in_slice.go:21:13: ... argument does not escape
./method_values_in_slice.go:21:22: Light.Status(k) escapes to heap
./method_values_in_slice.go:21:34: Light.Status(h) escapes to heap
./method_values_in_slice.go:22:36: map[string]func() string{...} does not escape
./method_values_in_slice.go:22:43: k.Status escapes to heap
./method_values_in_slice.go:22:58: h.Status escapes to heap
./method_values_in_slice.go:24:13: ... argument does not escape
./method_values_in_slice.go:24:25: report["k"]() escapes to heap
./method_values_in_slice.go:24:40: report["h"]() escapes to heap
