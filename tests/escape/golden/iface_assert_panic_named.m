./iface_assert_panic_named.go:11:13: T{} does not escape
