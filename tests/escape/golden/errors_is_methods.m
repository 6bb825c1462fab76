./errors_is_methods.go:12:7: m does not escape
./errors_is_methods.go:12:51: ... argument does not escape
./errors_is_methods.go:12:68: len(m) escapes to heap
./errors_is_methods.go:13:7: leaking param content: m
./errors_is_methods.go:13:19: leaking param: target
./errors_is_methods.go:34:7: leaking param content: k
./errors_is_methods.go:34:54: ... argument does not escape
./errors_is_methods.go:34:67: k.K escapes to heap
./errors_is_methods.go:34:72: k.Msg escapes to heap
./errors_is_methods.go:35:7: k does not escape
./errors_is_methods.go:35:22: t does not escape
./errors_is_methods.go:49:7: leaking param: l
./errors_is_methods.go:49:69: l.name + "(" + l.err.Error() + ")" escapes to heap
./errors_is_methods.go:50:7: leaking param: l to result ~r0 level=0
./errors_is_methods.go:60:6: moved to heap: k
./errors_is_methods.go:53:23: layer{...} escapes to heap
./errors_is_methods.go:53:29: &KindErr{...} escapes to heap
./errors_is_methods.go:54:13: ... argument does not escape
./errors_is_methods.go:54:13: e escapes to heap
./errors_is_methods.go:55:13: ... argument does not escape
./errors_is_methods.go:55:23: errors.Is(e, ErrDenied) escapes to heap
./errors_is_methods.go:55:23: e escapes to heap
./errors_is_methods.go:55:48: errors.Is(e, ErrNotFound) escapes to heap
./errors_is_methods.go:55:48: e escapes to heap
./errors_is_methods.go:55:75: errors.Is(e, ErrIO) escapes to heap
./errors_is_methods.go:55:75: e escapes to heap
./errors_is_methods.go:56:12: multi{...} escapes to heap
./errors_is_methods.go:56:30: ... argument does not escape
./errors_is_methods.go:56:42: &KindErr{...} escapes to heap
./errors_is_methods.go:57:13: ... argument does not escape
./errors_is_methods.go:57:23: errors.Is(m, ErrIO) escapes to heap
./errors_is_methods.go:57:23: m escapes to heap
./errors_is_methods.go:57:44: errors.Is(m, ErrNotFound) escapes to heap
./errors_is_methods.go:57:44: m escapes to heap
./errors_is_methods.go:57:71: errors.Is(m, ErrDenied) escapes to heap
./errors_is_methods.go:57:71: m escapes to heap
./errors_is_methods.go:58:13: ... argument does not escape
./errors_is_methods.go:58:23: errors.Is(layer{...}, ErrNotFound) escapes to heap
./errors_is_methods.go:58:29: layer{...} escapes to heap
./errors_is_methods.go:58:37: m escapes to heap
./errors_is_methods.go:59:13: ... argument does not escape
./errors_is_methods.go:59:23: errors.Is(m, multi{}) escapes to heap
./errors_is_methods.go:59:23: m escapes to heap
./errors_is_methods.go:59:32: multi{} escapes to heap
./errors_is_methods.go:59:32: multi{} escapes to heap
./errors_is_methods.go:59:46: errors.Is(ErrIO, m) escapes to heap
./errors_is_methods.go:59:46: m escapes to heap
./errors_is_methods.go:61:13: ... argument does not escape
./errors_is_methods.go:61:23: errors.As(layer{...}, &k) escapes to heap
./errors_is_methods.go:61:29: layer{...} escapes to heap
./errors_is_methods.go:61:35: m escapes to heap
./errors_is_methods.go:62:17: ... argument does not escape
./errors_is_methods.go:62:36: layer{...} escapes to heap
./errors_is_methods.go:64:13: ... argument does not escape
