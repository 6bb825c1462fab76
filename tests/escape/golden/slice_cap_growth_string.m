./slice_cap_growth_string.go:12:15: ... argument does not escape
./slice_cap_growth_string.go:12:16: "len" escapes to heap
./slice_cap_growth_string.go:12:26: len(s) escapes to heap
./slice_cap_growth_string.go:12:31: "cap" escapes to heap
./slice_cap_growth_string.go:12:41: cap(s) escapes to heap
./slice_cap_growth_string.go:16:13: ... argument does not escape
./slice_cap_growth_string.go:16:17: len(s) escapes to heap
./slice_cap_growth_string.go:16:23: s[0] escapes to heap
./slice_cap_growth_string.go:16:29: s[len(s) - 1] escapes to heap
./slice_cap_growth_string.go:21:12: ... argument does not escape
./slice_cap_growth_string.go:21:16: cap(t) escapes to heap
./slice_cap_growth_string.go:21:21: " " escapes to heap
