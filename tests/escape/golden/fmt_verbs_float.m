./fmt_verbs_float.go:9:12: ... argument does not escape
./fmt_verbs_float.go:9:13: x escapes to heap
./fmt_verbs_float.go:9:13: x escapes to heap
./fmt_verbs_float.go:9:13: x escapes to heap
./fmt_verbs_float.go:9:13: x escapes to heap
./fmt_verbs_float.go:9:13: x escapes to heap
./fmt_verbs_float.go:9:13: x escapes to heap
./fmt_verbs_float.go:9:13: x escapes to heap
./fmt_verbs_float.go:9:13: x escapes to heap
./fmt_verbs_float.go:9:13: x escapes to heap
./fmt_verbs_float.go:10:12: ... argument does not escape
./fmt_verbs_float.go:10:13: x escapes to heap
./fmt_verbs_float.go:10:13: x escapes to heap
./fmt_verbs_float.go:10:13: x escapes to heap
./fmt_verbs_float.go:10:13: x escapes to heap
./fmt_verbs_float.go:10:13: x escapes to heap
./fmt_verbs_float.go:10:13: x escapes to heap
./fmt_verbs_float.go:10:13: x escapes to heap
./fmt_verbs_float.go:10:13: x escapes to heap
./fmt_verbs_float.go:11:12: ... argument does not escape
./fmt_verbs_float.go:11:13: x escapes to heap
./fmt_verbs_float.go:11:13: x escapes to heap
./fmt_verbs_float.go:11:13: x escapes to heap
./fmt_verbs_float.go:11:13: x escapes to heap
./fmt_verbs_float.go:11:13: x escapes to heap
./fmt_verbs_float.go:11:13: x escapes to heap
./fmt_verbs_float.go:11:13: x escapes to heap
./fmt_verbs_float.go:11:13: x escapes to heap
./fmt_verbs_float.go:13:12: ... argument does not escape
./fmt_verbs_float.go:13:13: y escapes to heap
./fmt_verbs_float.go:13:13: y escapes to heap
./fmt_verbs_float.go:13:13: y escapes to heap
./fmt_verbs_float.go:13:13: y escapes to heap
./fmt_verbs_float.go:13:13: y escapes to heap
./fmt_verbs_float.go:13:13: y escapes to heap
./fmt_verbs_float.go:13:13: y escapes to heap
./fmt_verbs_float.go:15:12: ... argument does not escape
./fmt_verbs_float.go:15:13: z escapes to heap
./fmt_verbs_float.go:15:13: z escapes to heap
./fmt_verbs_float.go:15:13: z escapes to heap
./fmt_verbs_float.go:15:13: z escapes to heap
./fmt_verbs_float.go:15:13: z escapes to heap
./fmt_verbs_float.go:15:13: z escapes to heap
./fmt_verbs_float.go:15:13: z escapes to heap
./fmt_verbs_float.go:16:12: ... argument does not escape
./fmt_verbs_float.go:16:50: 0.5 escapes to heap
./fmt_verbs_float.go:16:55: 1.5 escapes to heap
./fmt_verbs_float.go:16:60: 2.5 escapes to heap
./fmt_verbs_float.go:16:65: -0.5 escapes to heap
./fmt_verbs_float.go:16:71: 0.05 escapes to heap
./fmt_verbs_float.go:16:77: 0.25 escapes to heap
./fmt_verbs_float.go:17:12: ... argument does not escape
./fmt_verbs_float.go:17:29: 1e300 escapes to heap
./fmt_verbs_float.go:17:36: 1e300 escapes to heap
./fmt_verbs_float.go:17:43: 1e-300 escapes to heap
./fmt_verbs_float.go:18:12: ... argument does not escape
./fmt_verbs_float.go:18:41: 1e-10 escapes to heap
./fmt_verbs_float.go:18:48: 1e-10 escapes to heap
./fmt_verbs_float.go:18:55: 1e-10 escapes to heap
./fmt_verbs_float.go:18:62: 1e-4 escapes to heap
./fmt_verbs_float.go:18:68: 1e-5 escapes to heap
./fmt_verbs_float.go:19:12: ... argument does not escape
./fmt_verbs_float.go:19:42: 100000.0 escapes to heap
./fmt_verbs_float.go:19:52: 1000000.0 escapes to heap
./fmt_verbs_float.go:19:63: 1e20 escapes to heap
./fmt_verbs_float.go:19:69: 1e21 escapes to heap
./fmt_verbs_float.go:19:75: 123.0 escapes to heap
./fmt_verbs_float.go:19:82: 0.000123 escapes to heap
./fmt_verbs_float.go:22:12: ... argument does not escape
./fmt_verbs_float.go:22:13: f32 escapes to heap
./fmt_verbs_float.go:22:13: f32 escapes to heap
./fmt_verbs_float.go:22:13: f32 escapes to heap
./fmt_verbs_float.go:22:13: f32 escapes to heap
./fmt_verbs_float.go:22:13: f32 escapes to heap
./fmt_verbs_float.go:22:13: f32 escapes to heap
./fmt_verbs_float.go:24:12: ... argument does not escape
./fmt_verbs_float.go:24:13: t32 escapes to heap
./fmt_verbs_float.go:24:13: t32 escapes to heap
./fmt_verbs_float.go:24:13: t32 escapes to heap
./fmt_verbs_float.go:24:13: t32 escapes to heap
./fmt_verbs_float.go:25:12: ... argument does not escape
./fmt_verbs_float.go:25:36: float32(16777216) escapes to heap
./fmt_verbs_float.go:25:55: float32(1e10) escapes to heap
./fmt_verbs_float.go:25:70: float32(3.4028235e38) escapes to heap
./fmt_verbs_float.go:27:12: ... argument does not escape
./fmt_verbs_float.go:27:38: 9.999 escapes to heap
./fmt_verbs_float.go:27:45: 99.995 escapes to heap
./fmt_verbs_float.go:27:53: -9.999 escapes to heap
./fmt_verbs_float.go:28:12: ... argument does not escape
./fmt_verbs_float.go:28:28: 45.67 escapes to heap
./fmt_verbs_float.go:29:12: ... argument does not escape
./fmt_verbs_float.go:29:43: 2.0 escapes to heap
./fmt_verbs_float.go:29:48: 2.25 escapes to heap
./fmt_verbs_float.go:29:54: 1234.5678 escapes to heap
./fmt_verbs_float.go:29:65: 1234.5678 escapes to heap
