./chan_struct_values.go:17:11: c does not escape
./chan_struct_values.go:19:34: ... argument does not escape
./chan_struct_values.go:19:35: "p" escapes to heap
./chan_struct_values.go:19:35: i escapes to heap
./chan_struct_values.go:28:14: ... argument does not escape
./chan_struct_values.go:28:16: p.X escapes to heap
./chan_struct_values.go:28:21: p.Y escapes to heap
./chan_struct_values.go:28:26: p.Name escapes to heap
./chan_struct_values.go:35:13: ... argument does not escape
./chan_struct_values.go:35:15: x.A escapes to heap
./chan_struct_values.go:35:20: x.S escapes to heap
./chan_struct_values.go:35:25: x.F escapes to heap
./chan_struct_values.go:35:30: x.B escapes to heap
./chan_struct_values.go:36:13: ... argument does not escape
./chan_struct_values.go:36:15: y.A escapes to heap
./chan_struct_values.go:36:20: y.S escapes to heap
./chan_struct_values.go:36:25: y.F escapes to heap
./chan_struct_values.go:36:30: y.B escapes to heap
./chan_struct_values.go:39:13: ... argument does not escape
./chan_struct_values.go:39:17: len(e) escapes to heap
./chan_struct_values.go:41:13: ... argument does not escape
./chan_struct_values.go:41:17: len(e) escapes to heap
./chan_struct_values.go:44:13: ... argument does not escape
./chan_struct_values.go:44:14: <-f escapes to heap
./chan_struct_values.go:47:13: ... argument does not escape
./chan_struct_values.go:47:14: <-i8 escapes to heap
