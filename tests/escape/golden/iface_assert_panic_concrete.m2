./iface_assert_panic_concrete.go:9:13: n escapes to heap:
./iface_assert_panic_concrete.go:9:13:   flow: {storage for ... argument} = &{storage for n}:
./iface_assert_panic_concrete.go:9:13:     from n (spill) at ./iface_assert_panic_concrete.go:9:13
./iface_assert_panic_concrete.go:9:13:     from ... argument (slice-literal-element) at ./iface_assert_panic_concrete.go:9:13
./iface_assert_panic_concrete.go:9:13:   flow: {heap} = {storage for ... argument}:
./iface_assert_panic_concrete.go:9:13:     from ... argument (spill) at ./iface_assert_panic_concrete.go:9:13
./iface_assert_panic_concrete.go:9:13:     from fmt.Println(... argument...) (call parameter) at ./iface_assert_panic_concrete.go:9:13
./iface_assert_panic_concrete.go:7:14: "before" escapes to heap:
./iface_assert_panic_concrete.go:7:14:   flow: {storage for ... argument} = &{storage for "before"}:
./iface_assert_panic_concrete.go:7:14:     from "before" (spill) at ./iface_assert_panic_concrete.go:7:14
./iface_assert_panic_concrete.go:7:14:     from ... argument (slice-literal-element) at ./iface_assert_panic_concrete.go:7:13
./iface_assert_panic_concrete.go:7:14:   flow: {heap} = {storage for ... argument}:
./iface_assert_panic_concrete.go:7:14:     from ... argument (spill) at ./iface_assert_panic_concrete.go:7:13
./iface_assert_panic_concrete.go:7:14:     from fmt.Println(... argument...) (call parameter) at ./iface_assert_panic_concrete.go:7:13
./iface_assert_panic_concrete.go:6:6: "hello" does not escape
./iface_assert_panic_concrete.go:7:13: ... argument does not escape
./iface_assert_panic_concrete.go:7:14: "before" escapes to heap
./iface_assert_panic_concrete.go:9:13: ... argument does not escape
./iface_assert_panic_concrete.go:9:13: n escapes to heap
