./iface_assert_panic_missing.go:14:23: T{} escapes to heap
./iface_assert_panic_missing.go:15:13: ... argument does not escape
./iface_assert_panic_missing.go:15:14: "start" escapes to heap
