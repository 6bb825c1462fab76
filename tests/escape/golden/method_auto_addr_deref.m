./method_auto_addr_deref.go:10:7: a does not escape
./method_auto_addr_deref.go:22:13: ... argument does not escape
./method_auto_addr_deref.go:22:21: Acc.Value(p) escapes to heap
./method_auto_addr_deref.go:22:32: Acc.Value(a) escapes to heap
./method_auto_addr_deref.go:27:13: ... argument does not escape
./method_auto_addr_deref.go:27:25: Acc.Value(h.acc) escapes to heap
./method_auto_addr_deref.go:27:44: Acc.Value(h.accs[1]) escapes to heap
./method_auto_addr_deref.go:27:63: Acc.Value(h.accs[0]) escapes to heap
./method_auto_addr_deref.go:29:12: []Acc{...} does not escape
./method_auto_addr_deref.go:34:13: ... argument does not escape
./method_auto_addr_deref.go:34:24: Acc.Value(s[0]) escapes to heap
./method_auto_addr_deref.go:34:38: Acc.Value(s[1]) escapes to heap
./method_auto_addr_deref.go:39:13: ... argument does not escape
./method_auto_addr_deref.go:39:19: h.acc.total escapes to heap
./method_auto_addr_deref.go:39:28: h.accs escapes to heap
./method_auto_addr_deref.go:41:22: map[string]*Acc{...} does not escape
./method_auto_addr_deref.go:41:28: &Acc{...} escapes to heap
./method_auto_addr_deref.go:43:13: ... argument does not escape
./method_auto_addr_deref.go:43:26: Acc.Value(m["x"]) escapes to heap
