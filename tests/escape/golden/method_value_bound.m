./method_value_bound.go:11:7: a does not escape
./method_value_bound.go:12:7: a does not escape
./method_value_bound.go:15:2: moved to heap: a
./method_value_bound.go:50:9: moved to heap: x
./method_value_bound.go:16:11: a.Show does not escape
./method_value_bound.go:17:12: a.PShow does not escape
./method_value_bound.go:18:10: a.Add escapes to heap
./method_value_bound.go:21:13: ... argument does not escape
./method_value_bound.go:21:15: a.total escapes to heap
./method_value_bound.go:21:27: show() escapes to heap
./method_value_bound.go:21:36: pshow() escapes to heap
./method_value_bound.go:23:7: &Acc{...} does not escape
./method_value_bound.go:24:9: p.Show does not escape
./method_value_bound.go:26:13: ... argument does not escape
./method_value_bound.go:26:16: vs() escapes to heap
./method_value_bound.go:26:26: Acc.Show(p) escapes to heap
./method_value_bound.go:29:15: []Acc{...} escapes to heap
./method_value_bound.go:32:34: accs[i].Add escapes to heap
./method_value_bound.go:37:13: ... argument does not escape
./method_value_bound.go:37:13: accs escapes to heap
./method_value_bound.go:43:26: x.Show escapes to heap
./method_value_bound.go:46:12: ... argument does not escape
./method_value_bound.go:46:14: f() escapes to heap
./method_value_bound.go:46:18: " " escapes to heap
./method_value_bound.go:51:28: x.PShow escapes to heap
./method_value_bound.go:54:12: ... argument does not escape
./method_value_bound.go:54:14: f() escapes to heap
./method_value_bound.go:54:18: " " escapes to heap
./method_value_bound.go:60:9: b.Show escapes to heap
./method_value_bound.go:62:13: ... argument does not escape
./method_value_bound.go:62:16: bs() escapes to heap
./method_value_bound.go:62:26: Acc.Show(b) escapes to heap
./method_value_bound.go:63:12: ... argument does not escape
