./method_builder_chain.go:12:11: leaking param: xs to result ~r0 level=1
./method_builder_chain.go:12:24: leaking param: sep to result ~r0 level=0
./method_builder_chain.go:23:11: leaking param: t
./method_builder_chain.go:23:37: &Query{...} escapes to heap
./method_builder_chain.go:25:7: leaking param content: q
./method_builder_chain.go:25:7: leaking param: q to result ~r0 level=0
./method_builder_chain.go:25:23: leaking param: c
./method_builder_chain.go:26:7: leaking param: q to result ~r0 level=0
./method_builder_chain.go:27:7: q does not escape
./method_builder_chain.go:28:24: "SELECT * FROM " + q.table escapes to heap
./method_builder_chain.go:30:18: " WHERE " + join(q.conds, " AND ") escapes to heap
./method_builder_chain.go:33:19: ... argument does not escape
./method_builder_chain.go:33:34: q.limit escapes to heap
./method_builder_chain.go:39:13: ... argument does not escape
./method_builder_chain.go:39:75: (*Query).String(.autotmp_3) escapes to heap
./method_builder_chain.go:42:13: ... argument does not escape
./method_builder_chain.go:42:22: (*Query).String(q) escapes to heap
