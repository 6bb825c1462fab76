./var_init_order.go:13:8: leaking param: name
./var_init_order.go:14:13: ... argument does not escape
./var_init_order.go:14:14: "init" escapes to heap
./var_init_order.go:14:14: name escapes to heap
./var_init_order.go:19:13: ... argument does not escape
./var_init_order.go:19:14: "init total" escapes to heap
./var_init_order.go:24:13: ... argument does not escape
./var_init_order.go:24:13: a escapes to heap
./var_init_order.go:24:13: b escapes to heap
./var_init_order.go:24:13: c escapes to heap
./var_init_order.go:24:13: d escapes to heap
./var_init_order.go:24:13: e escapes to heap
