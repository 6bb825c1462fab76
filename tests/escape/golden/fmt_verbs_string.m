./fmt_verbs_string.go:9:12: ... argument does not escape
./fmt_verbs_string.go:9:13: s escapes to heap
./fmt_verbs_string.go:9:13: s escapes to heap
./fmt_verbs_string.go:9:13: s escapes to heap
./fmt_verbs_string.go:9:13: s escapes to heap
./fmt_verbs_string.go:9:13: s escapes to heap
./fmt_verbs_string.go:9:13: s escapes to heap
./fmt_verbs_string.go:9:13: s escapes to heap
./fmt_verbs_string.go:9:13: s escapes to heap
./fmt_verbs_string.go:10:12: ... argument does not escape
./fmt_verbs_string.go:10:13: s escapes to heap
./fmt_verbs_string.go:10:13: s escapes to heap
./fmt_verbs_string.go:10:13: s escapes to heap
./fmt_verbs_string.go:10:13: s escapes to heap
./fmt_verbs_string.go:11:12: ... argument does not escape
./fmt_verbs_string.go:11:13: s escapes to heap
./fmt_verbs_string.go:11:13: s escapes to heap
./fmt_verbs_string.go:11:13: s escapes to heap
./fmt_verbs_string.go:11:13: s escapes to heap
./fmt_verbs_string.go:11:13: s escapes to heap
./fmt_verbs_string.go:11:13: s escapes to heap
./fmt_verbs_string.go:11:13: s escapes to heap
./fmt_verbs_string.go:12:12: ... argument does not escape
./fmt_verbs_string.go:12:13: s escapes to heap
./fmt_verbs_string.go:12:13: s escapes to heap
./fmt_verbs_string.go:12:13: s escapes to heap
./fmt_verbs_string.go:12:13: s escapes to heap
./fmt_verbs_string.go:12:13: s escapes to heap
./fmt_verbs_string.go:12:13: s escapes to heap
./fmt_verbs_string.go:12:13: s escapes to heap
./fmt_verbs_string.go:13:12: ... argument does not escape
./fmt_verbs_string.go:13:39: "abc" escapes to heap
./fmt_verbs_string.go:13:46: "abc" escapes to heap
./fmt_verbs_string.go:13:53: "abc" escapes to heap
./fmt_verbs_string.go:13:60: "ab" escapes to heap
./fmt_verbs_string.go:14:12: ... argument does not escape
./fmt_verbs_string.go:14:43: "" escapes to heap
./fmt_verbs_string.go:14:47: "" escapes to heap
./fmt_verbs_string.go:14:51: "" escapes to heap
./fmt_verbs_string.go:14:55: "" escapes to heap
./fmt_verbs_string.go:14:59: "" escapes to heap
./fmt_verbs_string.go:14:63: "abc" escapes to heap
./fmt_verbs_string.go:16:12: ... argument does not escape
./fmt_verbs_string.go:16:13: u escapes to heap
./fmt_verbs_string.go:16:13: u escapes to heap
./fmt_verbs_string.go:16:13: u escapes to heap
./fmt_verbs_string.go:16:13: u escapes to heap
./fmt_verbs_string.go:16:13: u escapes to heap
./fmt_verbs_string.go:16:13: u escapes to heap
./fmt_verbs_string.go:16:13: u escapes to heap
./fmt_verbs_string.go:18:12: ... argument does not escape
./fmt_verbs_string.go:18:13: e escapes to heap
./fmt_verbs_string.go:18:13: e escapes to heap
./fmt_verbs_string.go:18:13: e escapes to heap
./fmt_verbs_string.go:18:13: e escapes to heap
./fmt_verbs_string.go:20:12: ... argument does not escape
./fmt_verbs_string.go:20:13: bad escapes to heap
./fmt_verbs_string.go:20:13: bad escapes to heap
./fmt_verbs_string.go:20:13: bad escapes to heap
./fmt_verbs_string.go:20:13: bad escapes to heap
./fmt_verbs_string.go:20:13: bad escapes to heap
./fmt_verbs_string.go:21:12: ... argument does not escape
./fmt_verbs_string.go:21:27: "`" escapes to heap
./fmt_verbs_string.go:21:32: "no`backquote" escapes to heap
./fmt_verbs_string.go:22:12: ... argument does not escape
./fmt_verbs_string.go:22:26: "\u2028" escapes to heap
./fmt_verbs_string.go:22:36: "\U0010ffff" escapes to heap
./fmt_verbs_string.go:23:12: ... argument does not escape
./fmt_verbs_string.go:23:35: "one" escapes to heap
./fmt_verbs_string.go:23:42: "two" escapes to heap
./fmt_verbs_string.go:23:49: "three" escapes to heap
./fmt_verbs_string.go:24:18: ... argument does not escape
./fmt_verbs_string.go:24:31: "ab" escapes to heap
./fmt_verbs_string.go:24:37: "cd" escapes to heap
./fmt_verbs_string.go:25:13: ... argument does not escape
./fmt_verbs_string.go:25:13: t escapes to heap
./fmt_verbs_string.go:25:20: len(t) escapes to heap
