./errors_wrap_chain.go:16:7: leaking param content: e
./errors_wrap_chain.go:16:61: e.Query + ": " + e.Err.Error() escapes to heap
./errors_wrap_chain.go:17:7: leaking param: e to result ~r0 level=1
./errors_wrap_chain.go:21:55: ... argument does not escape
./errors_wrap_chain.go:21:68: t.code escapes to heap
./errors_wrap_chain.go:22:21: e does not escape
./errors_wrap_chain.go:31:50: "code " + strconv.Itoa(int(c)) escapes to heap
./errors_wrap_chain.go:37:17: target does not escape
./errors_wrap_chain.go:45:11: key does not escape
./errors_wrap_chain.go:47:10: &QueryError{...} escapes to heap
./errors_wrap_chain.go:59:6: moved to heap: qe
./errors_wrap_chain.go:67:6: moved to heap: c
./errors_wrap_chain.go:69:6: moved to heap: ce
./errors_wrap_chain.go:80:6: moved to heap: anyErr
./errors_wrap_chain.go:54:13: ... argument does not escape
./errors_wrap_chain.go:54:28: errors.Is(err, ErrNotFound) escapes to heap
./errors_wrap_chain.go:54:67: errors.Unwrap(err) == ErrNotFound escapes to heap
./errors_wrap_chain.go:55:17: ... argument does not escape
./errors_wrap_chain.go:56:18: ... argument does not escape
./errors_wrap_chain.go:57:13: ... argument does not escape
./errors_wrap_chain.go:58:13: ... argument does not escape
./errors_wrap_chain.go:58:23: errors.Is(w2, ErrNotFound) escapes to heap
./errors_wrap_chain.go:58:51: errors.Is(w2, errors.New("not found")) escapes to heap
./errors_wrap_chain.go:61:14: ... argument does not escape
./errors_wrap_chain.go:61:15: "as:" escapes to heap
./errors_wrap_chain.go:61:24: qe.Query escapes to heap
./errors_wrap_chain.go:63:13: ... argument does not escape
./errors_wrap_chain.go:63:32: errors.Unwrap(w2) == w escapes to heap
./errors_wrap_chain.go:63:71: errors.Unwrap(errors.Unwrap(w2)) == err escapes to heap
./errors_wrap_chain.go:64:13: ... argument does not escape
./errors_wrap_chain.go:65:13: ... argument does not escape
./errors_wrap_chain.go:65:23: errors.Is(nil, nil) escapes to heap
./errors_wrap_chain.go:65:44: errors.Is(err, nil) escapes to heap
./errors_wrap_chain.go:65:65: errors.Is(nil, err) escapes to heap
./errors_wrap_chain.go:66:13: ... argument does not escape
./errors_wrap_chain.go:66:23: errors.Is(fmt.Errorf("x: %w", ... argument...), TempErr{...}) escapes to heap
./errors_wrap_chain.go:66:34: ... argument does not escape
./errors_wrap_chain.go:66:51: TempErr{...} escapes to heap
./errors_wrap_chain.go:66:64: TempErr{...} escapes to heap
./errors_wrap_chain.go:68:13: ... argument does not escape
./errors_wrap_chain.go:68:23: errors.As(fmt.Errorf("wrapped: %w", ... argument...), &c) escapes to heap
./errors_wrap_chain.go:68:34: ... argument does not escape
./errors_wrap_chain.go:68:57: codeErr(5) escapes to heap
./errors_wrap_chain.go:68:77: c.Code() escapes to heap
./errors_wrap_chain.go:70:13: ... argument does not escape
./errors_wrap_chain.go:70:23: errors.As(asErr{}, &ce) escapes to heap
./errors_wrap_chain.go:70:29: asErr{} escapes to heap
./errors_wrap_chain.go:70:23: ce escapes to heap
./errors_wrap_chain.go:71:13: ... argument does not escape
./errors_wrap_chain.go:71:23: errors.As(errors.New("plain"), &ce) escapes to heap
./errors_wrap_chain.go:71:23: ce escapes to heap
./errors_wrap_chain.go:73:13: ... argument does not escape
./errors_wrap_chain.go:73:23: errors.Is(perr, strconv.ErrSyntax) escapes to heap
./errors_wrap_chain.go:74:13: ... argument does not escape
./errors_wrap_chain.go:74:24: ... argument does not escape
./errors_wrap_chain.go:74:55: ... argument does not escape
./errors_wrap_chain.go:74:66: "str" escapes to heap
./errors_wrap_chain.go:74:84: ... argument does not escape
./errors_wrap_chain.go:74:95: 3 escapes to heap
./errors_wrap_chain.go:75:18: ... argument does not escape
./errors_wrap_chain.go:76:13: ... argument does not escape
./errors_wrap_chain.go:76:36: errors.Unwrap(e2) == nil escapes to heap
./errors_wrap_chain.go:77:12: ... argument does not escape
./errors_wrap_chain.go:78:13: ... argument does not escape
./errors_wrap_chain.go:78:25: fmt.Sprintf("%w", ... argument...) escapes to heap
./errors_wrap_chain.go:78:25: ... argument does not escape
./errors_wrap_chain.go:78:39: TempErr{...} escapes to heap
./errors_wrap_chain.go:79:13: ... argument does not escape
./errors_wrap_chain.go:79:24: ... argument does not escape
./errors_wrap_chain.go:79:74: errors.Unwrap(fmt.Errorf("%w", ... argument...)) == nil escapes to heap
./errors_wrap_chain.go:79:61: ... argument does not escape
./errors_wrap_chain.go:81:13: ... argument does not escape
./errors_wrap_chain.go:81:23: errors.As(w2, &anyErr) escapes to heap
./errors_wrap_chain.go:81:45: anyErr == w2 escapes to heap
./errors_wrap_chain.go:82:8: func literal does not escape
./errors_wrap_chain.go:82:28: ... argument does not escape
./errors_wrap_chain.go:82:29: "recovered:" escapes to heap
