./slice_cap_growth_struct.go:24:15: ... argument does not escape
./slice_cap_growth_struct.go:24:16: "T3 len" escapes to heap
./slice_cap_growth_struct.go:24:29: len(s) escapes to heap
./slice_cap_growth_struct.go:24:34: "cap" escapes to heap
./slice_cap_growth_struct.go:24:44: cap(s) escapes to heap
./slice_cap_growth_struct.go:28:13: ... argument does not escape
./slice_cap_growth_struct.go:28:15: s[1999] escapes to heap
./slice_cap_growth_struct.go:35:15: ... argument does not escape
./slice_cap_growth_struct.go:35:16: "Small len" escapes to heap
./slice_cap_growth_struct.go:35:32: len(m) escapes to heap
./slice_cap_growth_struct.go:35:37: "cap" escapes to heap
./slice_cap_growth_struct.go:35:47: cap(m) escapes to heap
./slice_cap_growth_struct.go:51:15: ... argument does not escape
./slice_cap_growth_struct.go:51:16: "XY len" escapes to heap
./slice_cap_growth_struct.go:51:29: len(p) escapes to heap
./slice_cap_growth_struct.go:51:34: "cap" escapes to heap
./slice_cap_growth_struct.go:51:44: cap(p) escapes to heap
