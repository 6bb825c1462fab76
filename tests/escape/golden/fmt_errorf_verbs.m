./fmt_errorf_verbs.go:10:7: n does not escape
./fmt_errorf_verbs.go:10:54: "missing " + n.Key escapes to heap
./fmt_errorf_verbs.go:18:6: moved to heap: nf
./fmt_errorf_verbs.go:14:18: ... argument does not escape
./fmt_errorf_verbs.go:14:36: "k1" escapes to heap
./fmt_errorf_verbs.go:14:36: base escapes to heap
./fmt_errorf_verbs.go:15:13: ... argument does not escape
./fmt_errorf_verbs.go:16:12: ... argument does not escape
./fmt_errorf_verbs.go:17:13: ... argument does not escape
./fmt_errorf_verbs.go:17:32: errors.Unwrap(e1) == base escapes to heap
./fmt_errorf_verbs.go:17:50: errors.Is(e1, NotFound{...}) escapes to heap
./fmt_errorf_verbs.go:17:63: NotFound{...} escapes to heap
./fmt_errorf_verbs.go:17:81: errors.Is(e1, NotFound{...}) escapes to heap
./fmt_errorf_verbs.go:17:94: NotFound{...} escapes to heap
./fmt_errorf_verbs.go:19:13: ... argument does not escape
./fmt_errorf_verbs.go:19:23: errors.As(e1, &nf) escapes to heap
./fmt_errorf_verbs.go:19:36: nf.Key escapes to heap
./fmt_errorf_verbs.go:20:18: ... argument does not escape
./fmt_errorf_verbs.go:20:49: 3 escapes to heap
./fmt_errorf_verbs.go:20:60: []string{...} escapes to heap
./fmt_errorf_verbs.go:20:60: []string{...} escapes to heap
./fmt_errorf_verbs.go:21:13: ... argument does not escape
./fmt_errorf_verbs.go:21:27: errors.Is(e2, base) escapes to heap
./fmt_errorf_verbs.go:21:27: base escapes to heap
./fmt_errorf_verbs.go:22:18: ... argument does not escape
./fmt_errorf_verbs.go:22:19: base escapes to heap
./fmt_errorf_verbs.go:23:13: ... argument does not escape
./fmt_errorf_verbs.go:23:46: errors.Is(e3, base) escapes to heap
./fmt_errorf_verbs.go:23:46: base escapes to heap
./fmt_errorf_verbs.go:24:13: ... argument does not escape
./fmt_errorf_verbs.go:24:37: fmt.Errorf("%w", ... argument...) != fmt.Errorf("%w", ... argument...) escapes to heap
./fmt_errorf_verbs.go:24:24: ... argument does not escape
./fmt_errorf_verbs.go:24:25: base escapes to heap
./fmt_errorf_verbs.go:24:50: ... argument does not escape
./fmt_errorf_verbs.go:24:51: base escapes to heap
./fmt_errorf_verbs.go:25:12: ... argument does not escape
./fmt_errorf_verbs.go:25:13: base escapes to heap
./fmt_errorf_verbs.go:26:13: ... argument does not escape
./fmt_errorf_verbs.go:26:24: ... argument does not escape
./fmt_errorf_verbs.go:26:25: base escapes to heap
./fmt_errorf_verbs.go:26:25: base escapes to heap
./fmt_errorf_verbs.go:27:13: ... argument does not escape
./fmt_errorf_verbs.go:27:50: ... argument does not escape
./fmt_errorf_verbs.go:27:51: base escapes to heap
./fmt_errorf_verbs.go:28:13: ... argument does not escape
./fmt_errorf_verbs.go:28:24: ... argument does not escape
./fmt_errorf_verbs.go:28:37: 1 escapes to heap
./fmt_errorf_verbs.go:28:57: "y" escapes to heap
