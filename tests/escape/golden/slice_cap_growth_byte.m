./slice_cap_growth_byte.go:13:15: ... argument does not escape
./slice_cap_growth_byte.go:13:16: "len" escapes to heap
./slice_cap_growth_byte.go:13:26: len(b) escapes to heap
./slice_cap_growth_byte.go:13:31: "cap" escapes to heap
./slice_cap_growth_byte.go:13:41: cap(b) escapes to heap
./slice_cap_growth_byte.go:21:12: ... argument does not escape
./slice_cap_growth_byte.go:21:16: len(c) escapes to heap
./slice_cap_growth_byte.go:21:21: "/" escapes to heap
./slice_cap_growth_byte.go:21:29: cap(c) escapes to heap
./slice_cap_growth_byte.go:21:34: " " escapes to heap
./slice_cap_growth_byte.go:25:13: ([]byte)("hi") does not escape
./slice_cap_growth_byte.go:26:13: ... argument does not escape
./slice_cap_growth_byte.go:26:17: len(d) escapes to heap
./slice_cap_growth_byte.go:26:29: cap(d) >= 2 escapes to heap
./slice_cap_growth_byte.go:28:13: ... argument does not escape
./slice_cap_growth_byte.go:28:17: len(d) escapes to heap
./slice_cap_growth_byte.go:28:28: string(d) escapes to heap
./slice_cap_growth_byte.go:28:28: string(d) escapes to heap
