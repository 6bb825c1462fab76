./prog_pretty_printer.go:28:41: &Value{...} escapes to heap
./prog_pretty_printer.go:29:10: leaking param: s
./prog_pretty_printer.go:29:41: &Value{...} escapes to heap
./prog_pretty_printer.go:30:41: &Value{...} escapes to heap
./prog_pretty_printer.go:31:11: leaking param: vs
./prog_pretty_printer.go:31:41: &Value{...} escapes to heap
./prog_pretty_printer.go:32:13: leaking param content: pairs
./prog_pretty_printer.go:33:7: &Value{...} escapes to heap
./prog_pretty_printer.go:33:52: map[string]*Value{} escapes to heap
./prog_pretty_printer.go:45:9: leaking param: k to result ~r0 level=0
./prog_pretty_printer.go:45:19: leaking param: v to result ~r0 level=0
./prog_pretty_printer.go:54:23: sortedKeys ignoring self-assignment in keys[j], keys[j - 1] = keys[j - 1], keys[j]
./prog_pretty_printer.go:54:23: sortedKeys ignoring self-assignment in keys[j], keys[j - 1] = keys[j - 1], keys[j]
./prog_pretty_printer.go:47:17: m does not escape
./prog_pretty_printer.go:48:14: make([]string, 0, len(m)) escapes to heap
./prog_pretty_printer.go:60:13: leaking param: buf to result ~r0 level=0
./prog_pretty_printer.go:67:12: leaking param: buf to result ~r0 level=0
./prog_pretty_printer.go:67:24: s does not escape
./prog_pretty_printer.go:82:12: leaking param: buf to result ~r0 level=0
./prog_pretty_printer.go:82:24: v does not escape
./prog_pretty_printer.go:90:31: ... argument does not escape
./prog_pretty_printer.go:90:33: v.Num escapes to heap
./prog_pretty_printer.go:136:12: leaking param content: v
./prog_pretty_printer.go:157:15: ... argument does not escape
./prog_pretty_printer.go:161:18: ... argument escapes to heap
./prog_pretty_printer.go:165:20: ... argument escapes to heap
./prog_pretty_printer.go:165:25: ... argument escapes to heap
./prog_pretty_printer.go:165:47: ... argument escapes to heap
./prog_pretty_printer.go:166:21: ... argument does not escape
./prog_pretty_printer.go:169:20: ... argument escapes to heap
./prog_pretty_printer.go:169:27: ... argument does not escape
./prog_pretty_printer.go:172:13: ... argument does not escape
./prog_pretty_printer.go:172:20: string(write(nil, doc, 0)) escapes to heap
./prog_pretty_printer.go:172:20: string(write(nil, doc, 0)) escapes to heap
./prog_pretty_printer.go:173:13: ... argument does not escape
./prog_pretty_printer.go:173:13: .autotmp_1 escapes to heap
./prog_pretty_printer.go:173:13: .autotmp_2 escapes to heap
