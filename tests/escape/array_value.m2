./array_value.go:14:6: a escapes to heap:
./array_value.go:14:6:   flow: ~r0 = &a:
./array_value.go:14:6:     from &a (address-of) at ./array_value.go:15:9
./array_value.go:14:6:     from return &a (return) at ./array_value.go:15:2
./array_value.go:14:6: moved to heap: a
