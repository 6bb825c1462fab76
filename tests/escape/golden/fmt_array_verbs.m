./fmt_array_verbs.go:15:12: ... argument does not escape
./fmt_array_verbs.go:15:13: a escapes to heap
./fmt_array_verbs.go:15:13: s escapes to heap
./fmt_array_verbs.go:15:13: g escapes to heap
./fmt_array_verbs.go:15:13: ps escapes to heap
./fmt_array_verbs.go:15:13: e escapes to heap
./fmt_array_verbs.go:16:12: ... argument does not escape
./fmt_array_verbs.go:16:13: ps escapes to heap
./fmt_array_verbs.go:16:13: g escapes to heap
./fmt_array_verbs.go:17:12: ... argument does not escape
./fmt_array_verbs.go:17:13: a escapes to heap
./fmt_array_verbs.go:17:13: s escapes to heap
./fmt_array_verbs.go:17:13: g escapes to heap
./fmt_array_verbs.go:17:13: ps escapes to heap
./fmt_array_verbs.go:17:13: e escapes to heap
./fmt_array_verbs.go:18:12: ... argument does not escape
./fmt_array_verbs.go:18:13: b escapes to heap
./fmt_array_verbs.go:18:13: b escapes to heap
./fmt_array_verbs.go:19:12: ... argument does not escape
./fmt_array_verbs.go:19:13: a escapes to heap
./fmt_array_verbs.go:19:13: a escapes to heap
./fmt_array_verbs.go:19:39: [2]int{...} escapes to heap
./fmt_array_verbs.go:20:12: ... argument does not escape
./fmt_array_verbs.go:20:13: b escapes to heap
./fmt_array_verbs.go:20:36: [2]string{...} escapes to heap
./fmt_array_verbs.go:21:13: ... argument does not escape
./fmt_array_verbs.go:21:13: a escapes to heap
./fmt_array_verbs.go:21:13: s escapes to heap
./fmt_array_verbs.go:21:13: e escapes to heap
./fmt_array_verbs.go:22:12: ... argument does not escape
./fmt_array_verbs.go:22:28: [2]bool{...} escapes to heap
./fmt_array_verbs.go:23:12: ... argument does not escape
./fmt_array_verbs.go:23:32: [2]float64{...} escapes to heap
./fmt_array_verbs.go:24:12: ... argument does not escape
./fmt_array_verbs.go:24:13: a escapes to heap
./fmt_array_verbs.go:24:13: g escapes to heap
./fmt_array_verbs.go:24:13: ps escapes to heap
