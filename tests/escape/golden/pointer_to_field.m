./pointer_to_field.go:16:12: p does not escape
./pointer_to_field.go:28:13: ... argument does not escape
./pointer_to_field.go:28:13: o escapes to heap
./pointer_to_field.go:32:13: ... argument does not escape
./pointer_to_field.go:32:15: o.A escapes to heap
./pointer_to_field.go:32:23: o.In.V escapes to heap
./pointer_to_field.go:36:13: ... argument does not escape
./pointer_to_field.go:36:15: o.A escapes to heap
./pointer_to_field.go:36:20: c.A escapes to heap
./pointer_to_field.go:41:13: ... argument does not escape
./pointer_to_field.go:41:15: o.In escapes to heap
./pointer_to_field.go:43:16: []*int{...} does not escape
./pointer_to_field.go:47:13: ... argument does not escape
./pointer_to_field.go:47:13: o escapes to heap
