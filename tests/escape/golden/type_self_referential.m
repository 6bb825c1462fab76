./type_self_referential.go:12:12: n does not escape
./type_self_referential.go:34:11: leaking param: g to result ~r0 level=0
./type_self_referential.go:24:6: moved to heap: zero
./type_self_referential.go:25:2: moved to heap: one
./type_self_referential.go:22:8: T{...} escapes to heap
./type_self_referential.go:22:15: T{} escapes to heap
./type_self_referential.go:22:20: T{...} escapes to heap
./type_self_referential.go:22:22: T{} escapes to heap
./type_self_referential.go:23:13: ... argument does not escape
./type_self_referential.go:23:17: len(t) escapes to heap
./type_self_referential.go:23:27: t[1] == nil escapes to heap
./type_self_referential.go:23:38: len(t[2]) escapes to heap
./type_self_referential.go:23:38: t escapes to heap
./type_self_referential.go:27:13: ... argument does not escape
./type_self_referential.go:27:19: count(two) escapes to heap
./type_self_referential.go:27:31: count(nil) escapes to heap
./type_self_referential.go:28:8: M{...} escapes to heap
./type_self_referential.go:28:15: M{...} escapes to heap
./type_self_referential.go:29:13: ... argument does not escape
./type_self_referential.go:29:17: len(m["a"]) escapes to heap
./type_self_referential.go:32:13: ... argument does not escape
./type_self_referential.go:32:20: <-c == c escapes to heap
./type_self_referential.go:34:6: func literal escapes to heap
./type_self_referential.go:35:13: ... argument does not escape
./type_self_referential.go:35:19: f(f) != nil escapes to heap
./type_self_referential.go:37:9: &A{} does not escape
./type_self_referential.go:38:13: ... argument does not escape
./type_self_referential.go:38:22: a[0][1] == nil escapes to heap
./type_self_referential.go:39:22: t does not escape
./type_self_referential.go:42:13: ... argument does not escape
./type_self_referential.go:42:14: v escapes to heap
./type_self_referential.go:42:31: len(v) escapes to heap
./type_self_referential.go:45:12: ... argument does not escape
./type_self_referential.go:45:13: ok escapes to heap
