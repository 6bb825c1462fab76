./iface_call_nil.go:9:13: ... argument does not escape
./iface_call_nil.go:9:14: "calling" escapes to heap
