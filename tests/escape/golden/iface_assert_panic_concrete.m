./iface_assert_panic_concrete.go:6:6: "hello" does not escape
./iface_assert_panic_concrete.go:7:13: ... argument does not escape
./iface_assert_panic_concrete.go:7:14: "before" escapes to heap
./iface_assert_panic_concrete.go:9:13: ... argument does not escape
./iface_assert_panic_concrete.go:9:13: n escapes to heap
