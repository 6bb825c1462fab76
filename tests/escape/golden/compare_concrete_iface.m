./compare_concrete_iface.go:11:22: u does not escape
./compare_concrete_iface.go:14:22: a does not escape
./compare_concrete_iface.go:17:22: s does not escape
./compare_concrete_iface.go:20:22: f does not escape
./compare_concrete_iface.go:26:22: u does not escape
./compare_concrete_iface.go:31:22: f does not escape
./compare_concrete_iface.go:39:23: c does not escape
