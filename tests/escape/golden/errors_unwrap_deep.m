./errors_unwrap_deep.go:23:7: l does not escape
./errors_unwrap_deep.go:23:52: ... argument does not escape
./errors_unwrap_deep.go:23:66: l.n escapes to heap
./errors_unwrap_deep.go:24:7: leaking param: l to result ~r0 level=1
./errors_unwrap_deep.go:25:7: l does not escape
./errors_unwrap_deep.go:25:20: t does not escape
./errors_unwrap_deep.go:42:6: moved to heap: l
./errors_unwrap_deep.go:35:9: &level{...} escapes to heap
./errors_unwrap_deep.go:37:20: ... argument does not escape
./errors_unwrap_deep.go:37:21: i escapes to heap
./errors_unwrap_deep.go:40:13: ... argument does not escape
./errors_unwrap_deep.go:41:13: ... argument does not escape
./errors_unwrap_deep.go:41:23: errors.Is(err, root) escapes to heap
./errors_unwrap_deep.go:41:45: errors.Is(err, &level{...}) escapes to heap
./errors_unwrap_deep.go:41:51: &level{...} escapes to heap
./errors_unwrap_deep.go:41:77: errors.Is(err, &level{...}) escapes to heap
./errors_unwrap_deep.go:41:83: &level{...} escapes to heap
./errors_unwrap_deep.go:43:13: ... argument does not escape
./errors_unwrap_deep.go:43:23: errors.As(err, &l) escapes to heap
./errors_unwrap_deep.go:43:35: l.n escapes to heap
./errors_unwrap_deep.go:48:13: ... argument does not escape
./errors_unwrap_deep.go:48:13: depth escapes to heap
