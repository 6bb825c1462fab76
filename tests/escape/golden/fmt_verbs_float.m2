./fmt_verbs_float.go:29:65: 1234.5678 escapes to heap:
./fmt_verbs_float.go:29:65:   flow: {storage for ... argument} = &{storage for 1234.5678}:
./fmt_verbs_float.go:29:65:     from 1234.5678 (spill) at ./fmt_verbs_float.go:29:65
./fmt_verbs_float.go:29:65:     from ... argument (slice-literal-element) at ./fmt_verbs_float.go:29:12
./fmt_verbs_float.go:29:65:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_float.go:29:65:     from ... argument (spill) at ./fmt_verbs_float.go:29:12
./fmt_verbs_float.go:29:65:     from fmt.Printf("|%v|%.1v|%10.3v|%-10.3v|\n", ... argument...) (call parameter) at ./fmt_verbs_float.go:29:12
./fmt_verbs_float.go:29:54: 1234.5678 escapes to heap:
./fmt_verbs_float.go:29:54:   flow: {storage for ... argument} = &{storage for 1234.5678}:
./fmt_verbs_float.go:29:54:     from 1234.5678 (spill) at ./fmt_verbs_float.go:29:54
./fmt_verbs_float.go:29:54:     from ... argument (slice-literal-element) at ./fmt_verbs_float.go:29:12
./fmt_verbs_float.go:29:54:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_float.go:29:54:     from ... argument (spill) at ./fmt_verbs_float.go:29:12
./fmt_verbs_float.go:29:54:     from fmt.Printf("|%v|%.1v|%10.3v|%-10.3v|\n", ... argument...) (call parameter) at ./fmt_verbs_float.go:29:12
./fmt_verbs_float.go:29:48: 2.25 escapes to heap:
./fmt_verbs_float.go:29:48:   flow: {storage for ... argument} = &{storage for 2.25}:
./fmt_verbs_float.go:29:48:     from 2.25 (spill) at ./fmt_verbs_float.go:29:48
./fmt_verbs_float.go:29:48:     from ... argument (slice-literal-element) at ./fmt_verbs_float.go:29:12
./fmt_verbs_float.go:29:48:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_float.go:29:48:     from ... argument (spill) at ./fmt_verbs_float.go:29:12
./fmt_verbs_float.go:29:48:     from fmt.Printf("|%v|%.1v|%10.3v|%-10.3v|\n", ... argument...) (call parameter) at ./fmt_verbs_float.go:29:12
./fmt_verbs_float.go:29:43: 2.0 escapes to heap:
./fmt_verbs_float.go:29:43:   flow: {storage for ... argument} = &{storage for 2.0}:
./fmt_verbs_float.go:29:43:     from 2.0 (spill) at ./fmt_verbs_float.go:29:43
./fmt_verbs_float.go:29:43:     from ... argument (slice-literal-element) at ./fmt_verbs_float.go:29:12
./fmt_verbs_float.go:29:43:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_float.go:29:43:     from ... argument (spill) at ./fmt_verbs_float.go:29:12
./fmt_verbs_float.go:29:43:     from fmt.Printf("|%v|%.1v|%10.3v|%-10.3v|\n", ... argument...) (call parameter) at ./fmt_verbs_float.go:29:12
./fmt_verbs_float.go:28:28: 45.67 escapes to heap:
./fmt_verbs_float.go:28:28:   flow: {storage for ... argument} = &{storage for 45.67}:
./fmt_verbs_float.go:28:28:     from 45.67 (spill) at ./fmt_verbs_float.go:28:28
./fmt_verbs_float.go:28:28:     from ... argument (slice-literal-element) at ./fmt_verbs_float.go:28:12
./fmt_verbs_float.go:28:28:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_float.go:28:28:     from ... argument (spill) at ./fmt_verbs_float.go:28:12
./fmt_verbs_float.go:28:28:     from fmt.Printf("|%5.1f%%|\n", ... argument...) (call parameter) at ./fmt_verbs_float.go:28:12
./fmt_verbs_float.go:27:53: -9.999 escapes to heap:
./fmt_verbs_float.go:27:53:   flow: {storage for ... argument} = &{storage for -9.999}:
./fmt_verbs_float.go:27:53:     from -9.999 (spill) at ./fmt_verbs_float.go:27:53
./fmt_verbs_float.go:27:53:     from ... argument (slice-literal-element) at ./fmt_verbs_float.go:27:12
./fmt_verbs_float.go:27:53:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_float.go:27:53:     from ... argument (spill) at ./fmt_verbs_float.go:27:12
./fmt_verbs_float.go:27:53:     from fmt.Printf("|%6.2f|%6.2f|%6.2f|\n", ... argument...) (call parameter) at ./fmt_verbs_float.go:27:12
./fmt_verbs_float.go:27:45: 99.995 escapes to heap:
./fmt_verbs_float.go:27:45:   flow: {storage for ... argument} = &{storage for 99.995}:
./fmt_verbs_float.go:27:45:     from 99.995 (spill) at ./fmt_verbs_float.go:27:45
./fmt_verbs_float.go:27:45:     from ... argument (slice-literal-element) at ./fmt_verbs_float.go:27:12
./fmt_verbs_float.go:27:45:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_float.go:27:45:     from ... argument (spill) at ./fmt_verbs_float.go:27:12
./fmt_verbs_float.go:27:45:     from fmt.Printf("|%6.2f|%6.2f|%6.2f|\n", ... argument...) (call parameter) at ./fmt_verbs_float.go:27:12
./fmt_verbs_float.go:27:38: 9.999 escapes to heap:
./fmt_verbs_float.go:27:38:   flow: {storage for ... argument} = &{storage for 9.999}:
./fmt_verbs_float.go:27:38:     from 9.999 (spill) at ./fmt_verbs_float.go:27:38
./fmt_verbs_float.go:27:38:     from ... argument (slice-literal-element) at ./fmt_verbs_float.go:27:12
./fmt_verbs_float.go:27:38:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_float.go:27:38:     from ... argument (spill) at ./fmt_verbs_float.go:27:12
./fmt_verbs_float.go:27:38:     from fmt.Printf("|%6.2f|%6.2f|%6.2f|\n", ... argument...) (call parameter) at ./fmt_verbs_float.go:27:12
./fmt_verbs_float.go:25:70: float32(3.4028235e38) escapes to heap:
./fmt_verbs_float.go:25:70:   flow: {storage for ... argument} = &{storage for float32(3.4028235e38)}:
./fmt_verbs_float.go:25:70:     from float32(3.4028235e38) (spill) at ./fmt_verbs_float.go:25:70
./fmt_verbs_float.go:25:70:     from ... argument (slice-literal-element) at ./fmt_verbs_float.go:25:12
./fmt_verbs_float.go:25:70:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_float.go:25:70:     from ... argument (spill) at ./fmt_verbs_float.go:25:12
./fmt_verbs_float.go:25:70:     from fmt.Printf("|%v|%v|%v|\n", ... argument...) (call parameter) at ./fmt_verbs_float.go:25:12
./fmt_verbs_float.go:25:55: float32(1e10) escapes to heap:
./fmt_verbs_float.go:25:55:   flow: {storage for ... argument} = &{storage for float32(1e10)}:
./fmt_verbs_float.go:25:55:     from float32(1e10) (spill) at ./fmt_verbs_float.go:25:55
./fmt_verbs_float.go:25:55:     from ... argument (slice-literal-element) at ./fmt_verbs_float.go:25:12
./fmt_verbs_float.go:25:55:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_float.go:25:55:     from ... argument (spill) at ./fmt_verbs_float.go:25:12
./fmt_verbs_float.go:25:55:     from fmt.Printf("|%v|%v|%v|\n", ... argument...) (call parameter) at ./fmt_verbs_float.go:25:12
./fmt_verbs_float.go:25:36: float32(16777216) escapes to heap:
./fmt_verbs_float.go:25:36:   flow: {storage for ... argument} = &{storage for float32(16777216)}:
./fmt_verbs_float.go:25:36:     from float32(16777216) (spill) at ./fmt_verbs_float.go:25:36
./fmt_verbs_float.go:25:36:     from ... argument (slice-literal-element) at ./fmt_verbs_float.go:25:12
./fmt_verbs_float.go:25:36:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_float.go:25:36:     from ... argument (spill) at ./fmt_verbs_float.go:25:12
./fmt_verbs_float.go:25:36:     from fmt.Printf("|%v|%v|%v|\n", ... argument...) (call parameter) at ./fmt_verbs_float.go:25:12
./fmt_verbs_float.go:24:13: t32 escapes to heap:
./fmt_verbs_float.go:24:13:   flow: {storage for ... argument} = &{storage for t32}:
./fmt_verbs_float.go:24:13:     from t32 (spill) at ./fmt_verbs_float.go:24:13
./fmt_verbs_float.go:24:13:     from ... argument (slice-literal-element) at ./fmt_verbs_float.go:24:12
./fmt_verbs_float.go:24:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_float.go:24:13:     from ... argument (spill) at ./fmt_verbs_float.go:24:12
./fmt_verbs_float.go:24:13:     from fmt.Printf("|%v|%.3v|%8.4v|%G|\n", ... argument...) (call parameter) at ./fmt_verbs_float.go:24:12
./fmt_verbs_float.go:24:13: t32 escapes to heap:
./fmt_verbs_float.go:24:13:   flow: {storage for ... argument} = &{storage for t32}:
./fmt_verbs_float.go:24:13:     from t32 (spill) at ./fmt_verbs_float.go:24:13
./fmt_verbs_float.go:24:13:     from ... argument (slice-literal-element) at ./fmt_verbs_float.go:24:12
./fmt_verbs_float.go:24:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_float.go:24:13:     from ... argument (spill) at ./fmt_verbs_float.go:24:12
./fmt_verbs_float.go:24:13:     from fmt.Printf("|%v|%.3v|%8.4v|%G|\n", ... argument...) (call parameter) at ./fmt_verbs_float.go:24:12
./fmt_verbs_float.go:24:13: t32 escapes to heap:
./fmt_verbs_float.go:24:13:   flow: {storage for ... argument} = &{storage for t32}:
./fmt_verbs_float.go:24:13:     from t32 (spill) at ./fmt_verbs_float.go:24:13
./fmt_verbs_float.go:24:13:     from ... argument (slice-literal-element) at ./fmt_verbs_float.go:24:12
./fmt_verbs_float.go:24:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_float.go:24:13:     from ... argument (spill) at ./fmt_verbs_float.go:24:12
./fmt_verbs_float.go:24:13:     from fmt.Printf("|%v|%.3v|%8.4v|%G|\n", ... argument...) (call parameter) at ./fmt_verbs_float.go:24:12
./fmt_verbs_float.go:24:13: t32 escapes to heap:
./fmt_verbs_float.go:24:13:   flow: {storage for ... argument} = &{storage for t32}:
./fmt_verbs_float.go:24:13:     from t32 (spill) at ./fmt_verbs_float.go:24:13
./fmt_verbs_float.go:24:13:     from ... argument (slice-literal-element) at ./fmt_verbs_float.go:24:12
./fmt_verbs_float.go:24:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_float.go:24:13:     from ... argument (spill) at ./fmt_verbs_float.go:24:12
./fmt_verbs_float.go:24:13:     from fmt.Printf("|%v|%.3v|%8.4v|%G|\n", ... argument...) (call parameter) at ./fmt_verbs_float.go:24:12
./fmt_verbs_float.go:22:13: f32 escapes to heap:
./fmt_verbs_float.go:22:13:   flow: {storage for ... argument} = &{storage for f32}:
./fmt_verbs_float.go:22:13:     from f32 (spill) at ./fmt_verbs_float.go:22:13
./fmt_verbs_float.go:22:13:     from ... argument (slice-literal-element) at ./fmt_verbs_float.go:22:12
./fmt_verbs_float.go:22:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_float.go:22:13:     from ... argument (spill) at ./fmt_verbs_float.go:22:12
./fmt_verbs_float.go:22:13:     from fmt.Printf("|%v|%g|%f|%.10f|%e|%.20g|\n", ... argument...) (call parameter) at ./fmt_verbs_float.go:22:12
./fmt_verbs_float.go:22:13: f32 escapes to heap:
./fmt_verbs_float.go:22:13:   flow: {storage for ... argument} = &{storage for f32}:
./fmt_verbs_float.go:22:13:     from f32 (spill) at ./fmt_verbs_float.go:22:13
./fmt_verbs_float.go:22:13:     from ... argument (slice-literal-element) at ./fmt_verbs_float.go:22:12
./fmt_verbs_float.go:22:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_float.go:22:13:     from ... argument (spill) at ./fmt_verbs_float.go:22:12
./fmt_verbs_float.go:22:13:     from fmt.Printf("|%v|%g|%f|%.10f|%e|%.20g|\n", ... argument...) (call parameter) at ./fmt_verbs_float.go:22:12
./fmt_verbs_float.go:22:13: f32 escapes to heap:
./fmt_verbs_float.go:22:13:   flow: {storage for ... argument} = &{storage for f32}:
./fmt_verbs_float.go:22:13:     from f32 (spill) at ./fmt_verbs_float.go:22:13
./fmt_verbs_float.go:22:13:     from ... argument (slice-literal-element) at ./fmt_verbs_float.go:22:12
./fmt_verbs_float.go:22:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_float.go:22:13:     from ... argument (spill) at ./fmt_verbs_float.go:22:12
./fmt_verbs_float.go:22:13:     from fmt.Printf("|%v|%g|%f|%.10f|%e|%.20g|\n", ... argument...) (call parameter) at ./fmt_verbs_float.go:22:12
./fmt_verbs_float.go:22:13: f32 escapes to heap:
./fmt_verbs_float.go:22:13:   flow: {storage for ... argument} = &{storage for f32}:
./fmt_verbs_float.go:22:13:     from f32 (spill) at ./fmt_verbs_float.go:22:13
./fmt_verbs_float.go:22:13:     from ... argument (slice-literal-element) at ./fmt_verbs_float.go:22:12
./fmt_verbs_float.go:22:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_float.go:22:13:     from ... argument (spill) at ./fmt_verbs_float.go:22:12
./fmt_verbs_float.go:22:13:     from fmt.Printf("|%v|%g|%f|%.10f|%e|%.20g|\n", ... argument...) (call parameter) at ./fmt_verbs_float.go:22:12
./fmt_verbs_float.go:22:13: f32 escapes to heap:
./fmt_verbs_float.go:22:13:   flow: {storage for ... argument} = &{storage for f32}:
./fmt_verbs_float.go:22:13:     from f32 (spill) at ./fmt_verbs_float.go:22:13
./fmt_verbs_float.go:22:13:     from ... argument (slice-literal-element) at ./fmt_verbs_float.go:22:12
./fmt_verbs_float.go:22:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_float.go:22:13:     from ... argument (spill) at ./fmt_verbs_float.go:22:12
./fmt_verbs_float.go:22:13:     from fmt.Printf("|%v|%g|%f|%.10f|%e|%.20g|\n", ... argument...) (call parameter) at ./fmt_verbs_float.go:22:12
./fmt_verbs_float.go:22:13: f32 escapes to heap:
./fmt_verbs_float.go:22:13:   flow: {storage for ... argument} = &{storage for f32}:
./fmt_verbs_float.go:22:13:     from f32 (spill) at ./fmt_verbs_float.go:22:13
./fmt_verbs_float.go:22:13:     from ... argument (slice-literal-element) at ./fmt_verbs_float.go:22:12
./fmt_verbs_float.go:22:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_float.go:22:13:     from ... argument (spill) at ./fmt_verbs_float.go:22:12
./fmt_verbs_float.go:22:13:     from fmt.Printf("|%v|%g|%f|%.10f|%e|%.20g|\n", ... argument...) (call parameter) at ./fmt_verbs_float.go:22:12
./fmt_verbs_float.go:19:82: 0.000123 escapes to heap:
./fmt_verbs_float.go:19:82:   flow: {storage for ... argument} = &{storage for 0.000123}:
./fmt_verbs_float.go:19:82:     from 0.000123 (spill) at ./fmt_verbs_float.go:19:82
./fmt_verbs_float.go:19:82:     from ... argument (slice-literal-element) at ./fmt_verbs_float.go:19:12
./fmt_verbs_float.go:19:82:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_float.go:19:82:     from ... argument (spill) at ./fmt_verbs_float.go:19:12
./fmt_verbs_float.go:19:82:     from fmt.Printf("|%g|%g|%g|%g|%.2g|%.2g|\n", ... argument...) (call parameter) at ./fmt_verbs_float.go:19:12
./fmt_verbs_float.go:19:75: 123.0 escapes to heap:
./fmt_verbs_float.go:19:75:   flow: {storage for ... argument} = &{storage for 123.0}:
./fmt_verbs_float.go:19:75:     from 123.0 (spill) at ./fmt_verbs_float.go:19:75
./fmt_verbs_float.go:19:75:     from ... argument (slice-literal-element) at ./fmt_verbs_float.go:19:12
./fmt_verbs_float.go:19:75:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_float.go:19:75:     from ... argument (spill) at ./fmt_verbs_float.go:19:12
./fmt_verbs_float.go:19:75:     from fmt.Printf("|%g|%g|%g|%g|%.2g|%.2g|\n", ... argument...) (call parameter) at ./fmt_verbs_float.go:19:12
./fmt_verbs_float.go:19:69: 1e21 escapes to heap:
./fmt_verbs_float.go:19:69:   flow: {storage for ... argument} = &{storage for 1e21}:
./fmt_verbs_float.go:19:69:     from 1e21 (spill) at ./fmt_verbs_float.go:19:69
./fmt_verbs_float.go:19:69:     from ... argument (slice-literal-element) at ./fmt_verbs_float.go:19:12
./fmt_verbs_float.go:19:69:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_float.go:19:69:     from ... argument (spill) at ./fmt_verbs_float.go:19:12
./fmt_verbs_float.go:19:69:     from fmt.Printf("|%g|%g|%g|%g|%.2g|%.2g|\n", ... argument...) (call parameter) at ./fmt_verbs_float.go:19:12
./fmt_verbs_float.go:19:63: 1e20 escapes to heap:
./fmt_verbs_float.go:19:63:   flow: {storage for ... argument} = &{storage for 1e20}:
./fmt_verbs_float.go:19:63:     from 1e20 (spill) at ./fmt_verbs_float.go:19:63
./fmt_verbs_float.go:19:63:     from ... argument (slice-literal-element) at ./fmt_verbs_float.go:19:12
./fmt_verbs_float.go:19:63:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_float.go:19:63:     from ... argument (spill) at ./fmt_verbs_float.go:19:12
./fmt_verbs_float.go:19:63:     from fmt.Printf("|%g|%g|%g|%g|%.2g|%.2g|\n", ... argument...) (call parameter) at ./fmt_verbs_float.go:19:12
./fmt_verbs_float.go:19:52: 1000000.0 escapes to heap:
./fmt_verbs_float.go:19:52:   flow: {storage for ... argument} = &{storage for 1000000.0}:
./fmt_verbs_float.go:19:52:     from 1000000.0 (spill) at ./fmt_verbs_float.go:19:52
./fmt_verbs_float.go:19:52:     from ... argument (slice-literal-element) at ./fmt_verbs_float.go:19:12
./fmt_verbs_float.go:19:52:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_float.go:19:52:     from ... argument (spill) at ./fmt_verbs_float.go:19:12
./fmt_verbs_float.go:19:52:     from fmt.Printf("|%g|%g|%g|%g|%.2g|%.2g|\n", ... argument...) (call parameter) at ./fmt_verbs_float.go:19:12
./fmt_verbs_float.go:19:42: 100000.0 escapes to heap:
./fmt_verbs_float.go:19:42:   flow: {storage for ... argument} = &{storage for 100000.0}:
./fmt_verbs_float.go:19:42:     from 100000.0 (spill) at ./fmt_verbs_float.go:19:42
./fmt_verbs_float.go:19:42:     from ... argument (slice-literal-element) at ./fmt_verbs_float.go:19:12
./fmt_verbs_float.go:19:42:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_float.go:19:42:     from ... argument (spill) at ./fmt_verbs_float.go:19:12
./fmt_verbs_float.go:19:42:     from fmt.Printf("|%g|%g|%g|%g|%.2g|%.2g|\n", ... argument...) (call parameter) at ./fmt_verbs_float.go:19:12
./fmt_verbs_float.go:18:68: 1e-5 escapes to heap:
./fmt_verbs_float.go:18:68:   flow: {storage for ... argument} = &{storage for 1e-5}:
./fmt_verbs_float.go:18:68:     from 1e-5 (spill) at ./fmt_verbs_float.go:18:68
./fmt_verbs_float.go:18:68:     from ... argument (slice-literal-element) at ./fmt_verbs_float.go:18:12
./fmt_verbs_float.go:18:68:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_float.go:18:68:     from ... argument (spill) at ./fmt_verbs_float.go:18:12
./fmt_verbs_float.go:18:68:     from fmt.Printf("|%.3f|%.3e|%.3g|%g|%g|\n", ... argument...) (call parameter) at ./fmt_verbs_float.go:18:12
./fmt_verbs_float.go:18:62: 1e-4 escapes to heap:
./fmt_verbs_float.go:18:62:   flow: {storage for ... argument} = &{storage for 1e-4}:
./fmt_verbs_float.go:18:62:     from 1e-4 (spill) at ./fmt_verbs_float.go:18:62
./fmt_verbs_float.go:18:62:     from ... argument (slice-literal-element) at ./fmt_verbs_float.go:18:12
./fmt_verbs_float.go:18:62:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_float.go:18:62:     from ... argument (spill) at ./fmt_verbs_float.go:18:12
./fmt_verbs_float.go:18:62:     from fmt.Printf("|%.3f|%.3e|%.3g|%g|%g|\n", ... argument...) (call parameter) at ./fmt_verbs_float.go:18:12
./fmt_verbs_float.go:18:55: 1e-10 escapes to heap:
./fmt_verbs_float.go:18:55:   flow: {storage for ... argument} = &{storage for 1e-10}:
./fmt_verbs_float.go:18:55:     from 1e-10 (spill) at ./fmt_verbs_float.go:18:55
./fmt_verbs_float.go:18:55:     from ... argument (slice-literal-element) at ./fmt_verbs_float.go:18:12
./fmt_verbs_float.go:18:55:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_float.go:18:55:     from ... argument (spill) at ./fmt_verbs_float.go:18:12
./fmt_verbs_float.go:18:55:     from fmt.Printf("|%.3f|%.3e|%.3g|%g|%g|\n", ... argument...) (call parameter) at ./fmt_verbs_float.go:18:12
./fmt_verbs_float.go:18:48: 1e-10 escapes to heap:
./fmt_verbs_float.go:18:48:   flow: {storage for ... argument} = &{storage for 1e-10}:
./fmt_verbs_float.go:18:48:     from 1e-10 (spill) at ./fmt_verbs_float.go:18:48
./fmt_verbs_float.go:18:48:     from ... argument (slice-literal-element) at ./fmt_verbs_float.go:18:12
./fmt_verbs_float.go:18:48:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_float.go:18:48:     from ... argument (spill) at ./fmt_verbs_float.go:18:12
./fmt_verbs_float.go:18:48:     from fmt.Printf("|%.3f|%.3e|%.3g|%g|%g|\n", ... argument...) (call parameter) at ./fmt_verbs_float.go:18:12
./fmt_verbs_float.go:18:41: 1e-10 escapes to heap:
./fmt_verbs_float.go:18:41:   flow: {storage for ... argument} = &{storage for 1e-10}:
./fmt_verbs_float.go:18:41:     from 1e-10 (spill) at ./fmt_verbs_float.go:18:41
./fmt_verbs_float.go:18:41:     from ... argument (slice-literal-element) at ./fmt_verbs_float.go:18:12
./fmt_verbs_float.go:18:41:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_float.go:18:41:     from ... argument (spill) at ./fmt_verbs_float.go:18:12
./fmt_verbs_float.go:18:41:     from fmt.Printf("|%.3f|%.3e|%.3g|%g|%g|\n", ... argument...) (call parameter) at ./fmt_verbs_float.go:18:12
./fmt_verbs_float.go:17:43: 1e-300 escapes to heap:
./fmt_verbs_float.go:17:43:   flow: {storage for ... argument} = &{storage for 1e-300}:
./fmt_verbs_float.go:17:43:     from 1e-300 (spill) at ./fmt_verbs_float.go:17:43
./fmt_verbs_float.go:17:43:     from ... argument (slice-literal-element) at ./fmt_verbs_float.go:17:12
./fmt_verbs_float.go:17:43:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_float.go:17:43:     from ... argument (spill) at ./fmt_verbs_float.go:17:12
./fmt_verbs_float.go:17:43:     from fmt.Printf("|%e|%g|%v|\n", ... argument...) (call parameter) at ./fmt_verbs_float.go:17:12
./fmt_verbs_float.go:17:36: 1e300 escapes to heap:
./fmt_verbs_float.go:17:36:   flow: {storage for ... argument} = &{storage for 1e300}:
./fmt_verbs_float.go:17:36:     from 1e300 (spill) at ./fmt_verbs_float.go:17:36
./fmt_verbs_float.go:17:36:     from ... argument (slice-literal-element) at ./fmt_verbs_float.go:17:12
./fmt_verbs_float.go:17:36:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_float.go:17:36:     from ... argument (spill) at ./fmt_verbs_float.go:17:12
./fmt_verbs_float.go:17:36:     from fmt.Printf("|%e|%g|%v|\n", ... argument...) (call parameter) at ./fmt_verbs_float.go:17:12
./fmt_verbs_float.go:17:29: 1e300 escapes to heap:
./fmt_verbs_float.go:17:29:   flow: {storage for ... argument} = &{storage for 1e300}:
./fmt_verbs_float.go:17:29:     from 1e300 (spill) at ./fmt_verbs_float.go:17:29
./fmt_verbs_float.go:17:29:     from ... argument (slice-literal-element) at ./fmt_verbs_float.go:17:12
./fmt_verbs_float.go:17:29:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_float.go:17:29:     from ... argument (spill) at ./fmt_verbs_float.go:17:12
./fmt_verbs_float.go:17:29:     from fmt.Printf("|%e|%g|%v|\n", ... argument...) (call parameter) at ./fmt_verbs_float.go:17:12
./fmt_verbs_float.go:16:77: 0.25 escapes to heap:
./fmt_verbs_float.go:16:77:   flow: {storage for ... argument} = &{storage for 0.25}:
./fmt_verbs_float.go:16:77:     from 0.25 (spill) at ./fmt_verbs_float.go:16:77
./fmt_verbs_float.go:16:77:     from ... argument (slice-literal-element) at ./fmt_verbs_float.go:16:12
./fmt_verbs_float.go:16:77:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_float.go:16:77:     from ... argument (spill) at ./fmt_verbs_float.go:16:12
./fmt_verbs_float.go:16:77:     from fmt.Printf("|%.0f|%.0f|%.0f|%.0f|%.1f|%.1f|\n", ... argument...) (call parameter) at ./fmt_verbs_float.go:16:12
./fmt_verbs_float.go:16:71: 0.05 escapes to heap:
./fmt_verbs_float.go:16:71:   flow: {storage for ... argument} = &{storage for 0.05}:
./fmt_verbs_float.go:16:71:     from 0.05 (spill) at ./fmt_verbs_float.go:16:71
./fmt_verbs_float.go:16:71:     from ... argument (slice-literal-element) at ./fmt_verbs_float.go:16:12
./fmt_verbs_float.go:16:71:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_float.go:16:71:     from ... argument (spill) at ./fmt_verbs_float.go:16:12
./fmt_verbs_float.go:16:71:     from fmt.Printf("|%.0f|%.0f|%.0f|%.0f|%.1f|%.1f|\n", ... argument...) (call parameter) at ./fmt_verbs_float.go:16:12
./fmt_verbs_float.go:16:65: -0.5 escapes to heap:
./fmt_verbs_float.go:16:65:   flow: {storage for ... argument} = &{storage for -0.5}:
./fmt_verbs_float.go:16:65:     from -0.5 (spill) at ./fmt_verbs_float.go:16:65
./fmt_verbs_float.go:16:65:     from ... argument (slice-literal-element) at ./fmt_verbs_float.go:16:12
./fmt_verbs_float.go:16:65:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_float.go:16:65:     from ... argument (spill) at ./fmt_verbs_float.go:16:12
./fmt_verbs_float.go:16:65:     from fmt.Printf("|%.0f|%.0f|%.0f|%.0f|%.1f|%.1f|\n", ... argument...) (call parameter) at ./fmt_verbs_float.go:16:12
./fmt_verbs_float.go:16:60: 2.5 escapes to heap:
./fmt_verbs_float.go:16:60:   flow: {storage for ... argument} = &{storage for 2.5}:
./fmt_verbs_float.go:16:60:     from 2.5 (spill) at ./fmt_verbs_float.go:16:60
./fmt_verbs_float.go:16:60:     from ... argument (slice-literal-element) at ./fmt_verbs_float.go:16:12
./fmt_verbs_float.go:16:60:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_float.go:16:60:     from ... argument (spill) at ./fmt_verbs_float.go:16:12
./fmt_verbs_float.go:16:60:     from fmt.Printf("|%.0f|%.0f|%.0f|%.0f|%.1f|%.1f|\n", ... argument...) (call parameter) at ./fmt_verbs_float.go:16:12
./fmt_verbs_float.go:16:55: 1.5 escapes to heap:
./fmt_verbs_float.go:16:55:   flow: {storage for ... argument} = &{storage for 1.5}:
./fmt_verbs_float.go:16:55:     from 1.5 (spill) at ./fmt_verbs_float.go:16:55
./fmt_verbs_float.go:16:55:     from ... argument (slice-literal-element) at ./fmt_verbs_float.go:16:12
./fmt_verbs_float.go:16:55:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_float.go:16:55:     from ... argument (spill) at ./fmt_verbs_float.go:16:12
./fmt_verbs_float.go:16:55:     from fmt.Printf("|%.0f|%.0f|%.0f|%.0f|%.1f|%.1f|\n", ... argument...) (call parameter) at ./fmt_verbs_float.go:16:12
./fmt_verbs_float.go:16:50: 0.5 escapes to heap:
./fmt_verbs_float.go:16:50:   flow: {storage for ... argument} = &{storage for 0.5}:
./fmt_verbs_float.go:16:50:     from 0.5 (spill) at ./fmt_verbs_float.go:16:50
./fmt_verbs_float.go:16:50:     from ... argument (slice-literal-element) at ./fmt_verbs_float.go:16:12
./fmt_verbs_float.go:16:50:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_float.go:16:50:     from ... argument (spill) at ./fmt_verbs_float.go:16:12
./fmt_verbs_float.go:16:50:     from fmt.Printf("|%.0f|%.0f|%.0f|%.0f|%.1f|%.1f|\n", ... argument...) (call parameter) at ./fmt_verbs_float.go:16:12
./fmt_verbs_float.go:15:13: z escapes to heap:
./fmt_verbs_float.go:15:13:   flow: {storage for ... argument} = &{storage for z}:
./fmt_verbs_float.go:15:13:     from z (spill) at ./fmt_verbs_float.go:15:13
./fmt_verbs_float.go:15:13:     from ... argument (slice-literal-element) at ./fmt_verbs_float.go:15:12
./fmt_verbs_float.go:15:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_float.go:15:13:     from ... argument (spill) at ./fmt_verbs_float.go:15:12
./fmt_verbs_float.go:15:13:     from fmt.Printf("|%f|%e|%g|%.3g|%v|%.1f|%08.1f|\n", ... argument...) (call parameter) at ./fmt_verbs_float.go:15:12
./fmt_verbs_float.go:15:13: z escapes to heap:
./fmt_verbs_float.go:15:13:   flow: {storage for ... argument} = &{storage for z}:
./fmt_verbs_float.go:15:13:     from z (spill) at ./fmt_verbs_float.go:15:13
./fmt_verbs_float.go:15:13:     from ... argument (slice-literal-element) at ./fmt_verbs_float.go:15:12
./fmt_verbs_float.go:15:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_float.go:15:13:     from ... argument (spill) at ./fmt_verbs_float.go:15:12
./fmt_verbs_float.go:15:13:     from fmt.Printf("|%f|%e|%g|%.3g|%v|%.1f|%08.1f|\n", ... argument...) (call parameter) at ./fmt_verbs_float.go:15:12
./fmt_verbs_float.go:15:13: z escapes to heap:
./fmt_verbs_float.go:15:13:   flow: {storage for ... argument} = &{storage for z}:
./fmt_verbs_float.go:15:13:     from z (spill) at ./fmt_verbs_float.go:15:13
./fmt_verbs_float.go:15:13:     from ... argument (slice-literal-element) at ./fmt_verbs_float.go:15:12
./fmt_verbs_float.go:15:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_float.go:15:13:     from ... argument (spill) at ./fmt_verbs_float.go:15:12
./fmt_verbs_float.go:15:13:     from fmt.Printf("|%f|%e|%g|%.3g|%v|%.1f|%08.1f|\n", ... argument...) (call parameter) at ./fmt_verbs_float.go:15:12
./fmt_verbs_float.go:15:13: z escapes to heap:
./fmt_verbs_float.go:15:13:   flow: {storage for ... argument} = &{storage for z}:
./fmt_verbs_float.go:15:13:     from z (spill) at ./fmt_verbs_float.go:15:13
./fmt_verbs_float.go:15:13:     from ... argument (slice-literal-element) at ./fmt_verbs_float.go:15:12
./fmt_verbs_float.go:15:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_float.go:15:13:     from ... argument (spill) at ./fmt_verbs_float.go:15:12
./fmt_verbs_float.go:15:13:     from fmt.Printf("|%f|%e|%g|%.3g|%v|%.1f|%08.1f|\n", ... argument...) (call parameter) at ./fmt_verbs_float.go:15:12
./fmt_verbs_float.go:15:13: z escapes to heap:
./fmt_verbs_float.go:15:13:   flow: {storage for ... argument} = &{storage for z}:
./fmt_verbs_float.go:15:13:     from z (spill) at ./fmt_verbs_float.go:15:13
./fmt_verbs_float.go:15:13:     from ... argument (slice-literal-element) at ./fmt_verbs_float.go:15:12
./fmt_verbs_float.go:15:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_float.go:15:13:     from ... argument (spill) at ./fmt_verbs_float.go:15:12
./fmt_verbs_float.go:15:13:     from fmt.Printf("|%f|%e|%g|%.3g|%v|%.1f|%08.1f|\n", ... argument...) (call parameter) at ./fmt_verbs_float.go:15:12
./fmt_verbs_float.go:15:13: z escapes to heap:
./fmt_verbs_float.go:15:13:   flow: {storage for ... argument} = &{storage for z}:
./fmt_verbs_float.go:15:13:     from z (spill) at ./fmt_verbs_float.go:15:13
./fmt_verbs_float.go:15:13:     from ... argument (slice-literal-element) at ./fmt_verbs_float.go:15:12
./fmt_verbs_float.go:15:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_float.go:15:13:     from ... argument (spill) at ./fmt_verbs_float.go:15:12
./fmt_verbs_float.go:15:13:     from fmt.Printf("|%f|%e|%g|%.3g|%v|%.1f|%08.1f|\n", ... argument...) (call parameter) at ./fmt_verbs_float.go:15:12
./fmt_verbs_float.go:15:13: z escapes to heap:
./fmt_verbs_float.go:15:13:   flow: {storage for ... argument} = &{storage for z}:
./fmt_verbs_float.go:15:13:     from z (spill) at ./fmt_verbs_float.go:15:13
./fmt_verbs_float.go:15:13:     from ... argument (slice-literal-element) at ./fmt_verbs_float.go:15:12
./fmt_verbs_float.go:15:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_float.go:15:13:     from ... argument (spill) at ./fmt_verbs_float.go:15:12
./fmt_verbs_float.go:15:13:     from fmt.Printf("|%f|%e|%g|%.3g|%v|%.1f|%08.1f|\n", ... argument...) (call parameter) at ./fmt_verbs_float.go:15:12
./fmt_verbs_float.go:13:13: y escapes to heap:
./fmt_verbs_float.go:13:13:   flow: {storage for ... argument} = &{storage for y}:
./fmt_verbs_float.go:13:13:     from y (spill) at ./fmt_verbs_float.go:13:13
./fmt_verbs_float.go:13:13:     from ... argument (slice-literal-element) at ./fmt_verbs_float.go:13:12
./fmt_verbs_float.go:13:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_float.go:13:13:     from ... argument (spill) at ./fmt_verbs_float.go:13:12
./fmt_verbs_float.go:13:13:     from fmt.Printf("|%f|%.8f|%e|%g|%G|%v|%08.2e|\n", ... argument...) (call parameter) at ./fmt_verbs_float.go:13:12
./fmt_verbs_float.go:13:13: y escapes to heap:
./fmt_verbs_float.go:13:13:   flow: {storage for ... argument} = &{storage for y}:
./fmt_verbs_float.go:13:13:     from y (spill) at ./fmt_verbs_float.go:13:13
./fmt_verbs_float.go:13:13:     from ... argument (slice-literal-element) at ./fmt_verbs_float.go:13:12
./fmt_verbs_float.go:13:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_float.go:13:13:     from ... argument (spill) at ./fmt_verbs_float.go:13:12
./fmt_verbs_float.go:13:13:     from fmt.Printf("|%f|%.8f|%e|%g|%G|%v|%08.2e|\n", ... argument...) (call parameter) at ./fmt_verbs_float.go:13:12
./fmt_verbs_float.go:13:13: y escapes to heap:
./fmt_verbs_float.go:13:13:   flow: {storage for ... argument} = &{storage for y}:
./fmt_verbs_float.go:13:13:     from y (spill) at ./fmt_verbs_float.go:13:13
./fmt_verbs_float.go:13:13:     from ... argument (slice-literal-element) at ./fmt_verbs_float.go:13:12
./fmt_verbs_float.go:13:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_float.go:13:13:     from ... argument (spill) at ./fmt_verbs_float.go:13:12
./fmt_verbs_float.go:13:13:     from fmt.Printf("|%f|%.8f|%e|%g|%G|%v|%08.2e|\n", ... argument...) (call parameter) at ./fmt_verbs_float.go:13:12
./fmt_verbs_float.go:13:13: y escapes to heap:
./fmt_verbs_float.go:13:13:   flow: {storage for ... argument} = &{storage for y}:
./fmt_verbs_float.go:13:13:     from y (spill) at ./fmt_verbs_float.go:13:13
./fmt_verbs_float.go:13:13:     from ... argument (slice-literal-element) at ./fmt_verbs_float.go:13:12
./fmt_verbs_float.go:13:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_float.go:13:13:     from ... argument (spill) at ./fmt_verbs_float.go:13:12
./fmt_verbs_float.go:13:13:     from fmt.Printf("|%f|%.8f|%e|%g|%G|%v|%08.2e|\n", ... argument...) (call parameter) at ./fmt_verbs_float.go:13:12
./fmt_verbs_float.go:13:13: y escapes to heap:
./fmt_verbs_float.go:13:13:   flow: {storage for ... argument} = &{storage for y}:
./fmt_verbs_float.go:13:13:     from y (spill) at ./fmt_verbs_float.go:13:13
./fmt_verbs_float.go:13:13:     from ... argument (slice-literal-element) at ./fmt_verbs_float.go:13:12
./fmt_verbs_float.go:13:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_float.go:13:13:     from ... argument (spill) at ./fmt_verbs_float.go:13:12
./fmt_verbs_float.go:13:13:     from fmt.Printf("|%f|%.8f|%e|%g|%G|%v|%08.2e|\n", ... argument...) (call parameter) at ./fmt_verbs_float.go:13:12
./fmt_verbs_float.go:13:13: y escapes to heap:
./fmt_verbs_float.go:13:13:   flow: {storage for ... argument} = &{storage for y}:
./fmt_verbs_float.go:13:13:     from y (spill) at ./fmt_verbs_float.go:13:13
./fmt_verbs_float.go:13:13:     from ... argument (slice-literal-element) at ./fmt_verbs_float.go:13:12
./fmt_verbs_float.go:13:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_float.go:13:13:     from ... argument (spill) at ./fmt_verbs_float.go:13:12
./fmt_verbs_float.go:13:13:     from fmt.Printf("|%f|%.8f|%e|%g|%G|%v|%08.2e|\n", ... argument...) (call parameter) at ./fmt_verbs_float.go:13:12
./fmt_verbs_float.go:13:13: y escapes to heap:
./fmt_verbs_float.go:13:13:   flow: {storage for ... argument} = &{storage for y}:
./fmt_verbs_float.go:13:13:     from y (spill) at ./fmt_verbs_float.go:13:13
./fmt_verbs_float.go:13:13:     from ... argument (slice-literal-element) at ./fmt_verbs_float.go:13:12
./fmt_verbs_float.go:13:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_float.go:13:13:     from ... argument (spill) at ./fmt_verbs_float.go:13:12
./fmt_verbs_float.go:13:13:     from fmt.Printf("|%f|%.8f|%e|%g|%G|%v|%08.2e|\n", ... argument...) (call parameter) at ./fmt_verbs_float.go:13:12
./fmt_verbs_float.go:11:13: x escapes to heap:
./fmt_verbs_float.go:11:13:   flow: {storage for ... argument} = &{storage for x}:
./fmt_verbs_float.go:11:13:     from x (spill) at ./fmt_verbs_float.go:11:13
./fmt_verbs_float.go:11:13:     from ... argument (slice-literal-element) at ./fmt_verbs_float.go:11:12
./fmt_verbs_float.go:11:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_float.go:11:13:     from ... argument (spill) at ./fmt_verbs_float.go:11:12
./fmt_verbs_float.go:11:13:     from fmt.Printf("|%g|%.3g|%10.4g|%-10g|%G|%.10g|%#g|%#.3g|\n", ... argument...) (call parameter) at ./fmt_verbs_float.go:11:12
./fmt_verbs_float.go:11:13: x escapes to heap:
./fmt_verbs_float.go:11:13:   flow: {storage for ... argument} = &{storage for x}:
./fmt_verbs_float.go:11:13:     from x (spill) at ./fmt_verbs_float.go:11:13
./fmt_verbs_float.go:11:13:     from ... argument (slice-literal-element) at ./fmt_verbs_float.go:11:12
./fmt_verbs_float.go:11:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_float.go:11:13:     from ... argument (spill) at ./fmt_verbs_float.go:11:12
./fmt_verbs_float.go:11:13:     from fmt.Printf("|%g|%.3g|%10.4g|%-10g|%G|%.10g|%#g|%#.3g|\n", ... argument...) (call parameter) at ./fmt_verbs_float.go:11:12
./fmt_verbs_float.go:11:13: x escapes to heap:
./fmt_verbs_float.go:11:13:   flow: {storage for ... argument} = &{storage for x}:
./fmt_verbs_float.go:11:13:     from x (spill) at ./fmt_verbs_float.go:11:13
./fmt_verbs_float.go:11:13:     from ... argument (slice-literal-element) at ./fmt_verbs_float.go:11:12
./fmt_verbs_float.go:11:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_float.go:11:13:     from ... argument (spill) at ./fmt_verbs_float.go:11:12
./fmt_verbs_float.go:11:13:     from fmt.Printf("|%g|%.3g|%10.4g|%-10g|%G|%.10g|%#g|%#.3g|\n", ... argument...) (call parameter) at ./fmt_verbs_float.go:11:12
./fmt_verbs_float.go:11:13: x escapes to heap:
./fmt_verbs_float.go:11:13:   flow: {storage for ... argument} = &{storage for x}:
./fmt_verbs_float.go:11:13:     from x (spill) at ./fmt_verbs_float.go:11:13
./fmt_verbs_float.go:11:13:     from ... argument (slice-literal-element) at ./fmt_verbs_float.go:11:12
./fmt_verbs_float.go:11:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_float.go:11:13:     from ... argument (spill) at ./fmt_verbs_float.go:11:12
./fmt_verbs_float.go:11:13:     from fmt.Printf("|%g|%.3g|%10.4g|%-10g|%G|%.10g|%#g|%#.3g|\n", ... argument...) (call parameter) at ./fmt_verbs_float.go:11:12
./fmt_verbs_float.go:11:13: x escapes to heap:
./fmt_verbs_float.go:11:13:   flow: {storage for ... argument} = &{storage for x}:
./fmt_verbs_float.go:11:13:     from x (spill) at ./fmt_verbs_float.go:11:13
./fmt_verbs_float.go:11:13:     from ... argument (slice-literal-element) at ./fmt_verbs_float.go:11:12
./fmt_verbs_float.go:11:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_float.go:11:13:     from ... argument (spill) at ./fmt_verbs_float.go:11:12
./fmt_verbs_float.go:11:13:     from fmt.Printf("|%g|%.3g|%10.4g|%-10g|%G|%.10g|%#g|%#.3g|\n", ... argument...) (call parameter) at ./fmt_verbs_float.go:11:12
./fmt_verbs_float.go:11:13: x escapes to heap:
./fmt_verbs_float.go:11:13:   flow: {storage for ... argument} = &{storage for x}:
./fmt_verbs_float.go:11:13:     from x (spill) at ./fmt_verbs_float.go:11:13
./fmt_verbs_float.go:11:13:     from ... argument (slice-literal-element) at ./fmt_verbs_float.go:11:12
./fmt_verbs_float.go:11:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_float.go:11:13:     from ... argument (spill) at ./fmt_verbs_float.go:11:12
./fmt_verbs_float.go:11:13:     from fmt.Printf("|%g|%.3g|%10.4g|%-10g|%G|%.10g|%#g|%#.3g|\n", ... argument...) (call parameter) at ./fmt_verbs_float.go:11:12
./fmt_verbs_float.go:11:13: x escapes to heap:
./fmt_verbs_float.go:11:13:   flow: {storage for ... argument} = &{storage for x}:
./fmt_verbs_float.go:11:13:     from x (spill) at ./fmt_verbs_float.go:11:13
./fmt_verbs_float.go:11:13:     from ... argument (slice-literal-element) at ./fmt_verbs_float.go:11:12
./fmt_verbs_float.go:11:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_float.go:11:13:     from ... argument (spill) at ./fmt_verbs_float.go:11:12
./fmt_verbs_float.go:11:13:     from fmt.Printf("|%g|%.3g|%10.4g|%-10g|%G|%.10g|%#g|%#.3g|\n", ... argument...) (call parameter) at ./fmt_verbs_float.go:11:12
./fmt_verbs_float.go:11:13: x escapes to heap:
./fmt_verbs_float.go:11:13:   flow: {storage for ... argument} = &{storage for x}:
./fmt_verbs_float.go:11:13:     from x (spill) at ./fmt_verbs_float.go:11:13
./fmt_verbs_float.go:11:13:     from ... argument (slice-literal-element) at ./fmt_verbs_float.go:11:12
./fmt_verbs_float.go:11:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_float.go:11:13:     from ... argument (spill) at ./fmt_verbs_float.go:11:12
./fmt_verbs_float.go:11:13:     from fmt.Printf("|%g|%.3g|%10.4g|%-10g|%G|%.10g|%#g|%#.3g|\n", ... argument...) (call parameter) at ./fmt_verbs_float.go:11:12
./fmt_verbs_float.go:10:13: x escapes to heap:
./fmt_verbs_float.go:10:13:   flow: {storage for ... argument} = &{storage for x}:
./fmt_verbs_float.go:10:13:     from x (spill) at ./fmt_verbs_float.go:10:13
./fmt_verbs_float.go:10:13:     from ... argument (slice-literal-element) at ./fmt_verbs_float.go:10:12
./fmt_verbs_float.go:10:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_float.go:10:13:     from ... argument (spill) at ./fmt_verbs_float.go:10:12
./fmt_verbs_float.go:10:13:     from fmt.Printf("|%e|%.2e|%12.3e|%-12.1e|%+e|%E|%.0e|%#.0e|\n", ... argument...) (call parameter) at ./fmt_verbs_float.go:10:12
./fmt_verbs_float.go:10:13: x escapes to heap:
./fmt_verbs_float.go:10:13:   flow: {storage for ... argument} = &{storage for x}:
./fmt_verbs_float.go:10:13:     from x (spill) at ./fmt_verbs_float.go:10:13
./fmt_verbs_float.go:10:13:     from ... argument (slice-literal-element) at ./fmt_verbs_float.go:10:12
./fmt_verbs_float.go:10:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_float.go:10:13:     from ... argument (spill) at ./fmt_verbs_float.go:10:12
./fmt_verbs_float.go:10:13:     from fmt.Printf("|%e|%.2e|%12.3e|%-12.1e|%+e|%E|%.0e|%#.0e|\n", ... argument...) (call parameter) at ./fmt_verbs_float.go:10:12
./fmt_verbs_float.go:10:13: x escapes to heap:
./fmt_verbs_float.go:10:13:   flow: {storage for ... argument} = &{storage for x}:
./fmt_verbs_float.go:10:13:     from x (spill) at ./fmt_verbs_float.go:10:13
./fmt_verbs_float.go:10:13:     from ... argument (slice-literal-element) at ./fmt_verbs_float.go:10:12
./fmt_verbs_float.go:10:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_float.go:10:13:     from ... argument (spill) at ./fmt_verbs_float.go:10:12
./fmt_verbs_float.go:10:13:     from fmt.Printf("|%e|%.2e|%12.3e|%-12.1e|%+e|%E|%.0e|%#.0e|\n", ... argument...) (call parameter) at ./fmt_verbs_float.go:10:12
./fmt_verbs_float.go:10:13: x escapes to heap:
./fmt_verbs_float.go:10:13:   flow: {storage for ... argument} = &{storage for x}:
./fmt_verbs_float.go:10:13:     from x (spill) at ./fmt_verbs_float.go:10:13
./fmt_verbs_float.go:10:13:     from ... argument (slice-literal-element) at ./fmt_verbs_float.go:10:12
./fmt_verbs_float.go:10:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_float.go:10:13:     from ... argument (spill) at ./fmt_verbs_float.go:10:12
./fmt_verbs_float.go:10:13:     from fmt.Printf("|%e|%.2e|%12.3e|%-12.1e|%+e|%E|%.0e|%#.0e|\n", ... argument...) (call parameter) at ./fmt_verbs_float.go:10:12
./fmt_verbs_float.go:10:13: x escapes to heap:
./fmt_verbs_float.go:10:13:   flow: {storage for ... argument} = &{storage for x}:
./fmt_verbs_float.go:10:13:     from x (spill) at ./fmt_verbs_float.go:10:13
./fmt_verbs_float.go:10:13:     from ... argument (slice-literal-element) at ./fmt_verbs_float.go:10:12
./fmt_verbs_float.go:10:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_float.go:10:13:     from ... argument (spill) at ./fmt_verbs_float.go:10:12
./fmt_verbs_float.go:10:13:     from fmt.Printf("|%e|%.2e|%12.3e|%-12.1e|%+e|%E|%.0e|%#.0e|\n", ... argument...) (call parameter) at ./fmt_verbs_float.go:10:12
./fmt_verbs_float.go:10:13: x escapes to heap:
./fmt_verbs_float.go:10:13:   flow: {storage for ... argument} = &{storage for x}:
./fmt_verbs_float.go:10:13:     from x (spill) at ./fmt_verbs_float.go:10:13
./fmt_verbs_float.go:10:13:     from ... argument (slice-literal-element) at ./fmt_verbs_float.go:10:12
./fmt_verbs_float.go:10:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_float.go:10:13:     from ... argument (spill) at ./fmt_verbs_float.go:10:12
./fmt_verbs_float.go:10:13:     from fmt.Printf("|%e|%.2e|%12.3e|%-12.1e|%+e|%E|%.0e|%#.0e|\n", ... argument...) (call parameter) at ./fmt_verbs_float.go:10:12
./fmt_verbs_float.go:10:13: x escapes to heap:
./fmt_verbs_float.go:10:13:   flow: {storage for ... argument} = &{storage for x}:
./fmt_verbs_float.go:10:13:     from x (spill) at ./fmt_verbs_float.go:10:13
./fmt_verbs_float.go:10:13:     from ... argument (slice-literal-element) at ./fmt_verbs_float.go:10:12
./fmt_verbs_float.go:10:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_float.go:10:13:     from ... argument (spill) at ./fmt_verbs_float.go:10:12
./fmt_verbs_float.go:10:13:     from fmt.Printf("|%e|%.2e|%12.3e|%-12.1e|%+e|%E|%.0e|%#.0e|\n", ... argument...) (call parameter) at ./fmt_verbs_float.go:10:12
./fmt_verbs_float.go:10:13: x escapes to heap:
./fmt_verbs_float.go:10:13:   flow: {storage for ... argument} = &{storage for x}:
./fmt_verbs_float.go:10:13:     from x (spill) at ./fmt_verbs_float.go:10:13
./fmt_verbs_float.go:10:13:     from ... argument (slice-literal-element) at ./fmt_verbs_float.go:10:12
./fmt_verbs_float.go:10:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_float.go:10:13:     from ... argument (spill) at ./fmt_verbs_float.go:10:12
./fmt_verbs_float.go:10:13:     from fmt.Printf("|%e|%.2e|%12.3e|%-12.1e|%+e|%E|%.0e|%#.0e|\n", ... argument...) (call parameter) at ./fmt_verbs_float.go:10:12
./fmt_verbs_float.go:9:13: x escapes to heap:
./fmt_verbs_float.go:9:13:   flow: {storage for ... argument} = &{storage for x}:
./fmt_verbs_float.go:9:13:     from x (spill) at ./fmt_verbs_float.go:9:13
./fmt_verbs_float.go:9:13:     from ... argument (slice-literal-element) at ./fmt_verbs_float.go:9:12
./fmt_verbs_float.go:9:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_float.go:9:13:     from ... argument (spill) at ./fmt_verbs_float.go:9:12
./fmt_verbs_float.go:9:13:     from fmt.Printf("|%f|%.2f|%8.3f|%-8.2f|%08.3f|%+.1f|% .1f|%.0f|%#.0f|\n", ... argument...) (call parameter) at ./fmt_verbs_float.go:9:12
./fmt_verbs_float.go:9:13: x escapes to heap:
./fmt_verbs_float.go:9:13:   flow: {storage for ... argument} = &{storage for x}:
./fmt_verbs_float.go:9:13:     from x (spill) at ./fmt_verbs_float.go:9:13
./fmt_verbs_float.go:9:13:     from ... argument (slice-literal-element) at ./fmt_verbs_float.go:9:12
./fmt_verbs_float.go:9:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_float.go:9:13:     from ... argument (spill) at ./fmt_verbs_float.go:9:12
./fmt_verbs_float.go:9:13:     from fmt.Printf("|%f|%.2f|%8.3f|%-8.2f|%08.3f|%+.1f|% .1f|%.0f|%#.0f|\n", ... argument...) (call parameter) at ./fmt_verbs_float.go:9:12
./fmt_verbs_float.go:9:13: x escapes to heap:
./fmt_verbs_float.go:9:13:   flow: {storage for ... argument} = &{storage for x}:
./fmt_verbs_float.go:9:13:     from x (spill) at ./fmt_verbs_float.go:9:13
./fmt_verbs_float.go:9:13:     from ... argument (slice-literal-element) at ./fmt_verbs_float.go:9:12
./fmt_verbs_float.go:9:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_float.go:9:13:     from ... argument (spill) at ./fmt_verbs_float.go:9:12
./fmt_verbs_float.go:9:13:     from fmt.Printf("|%f|%.2f|%8.3f|%-8.2f|%08.3f|%+.1f|% .1f|%.0f|%#.0f|\n", ... argument...) (call parameter) at ./fmt_verbs_float.go:9:12
./fmt_verbs_float.go:9:13: x escapes to heap:
./fmt_verbs_float.go:9:13:   flow: {storage for ... argument} = &{storage for x}:
./fmt_verbs_float.go:9:13:     from x (spill) at ./fmt_verbs_float.go:9:13
./fmt_verbs_float.go:9:13:     from ... argument (slice-literal-element) at ./fmt_verbs_float.go:9:12
./fmt_verbs_float.go:9:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_float.go:9:13:     from ... argument (spill) at ./fmt_verbs_float.go:9:12
./fmt_verbs_float.go:9:13:     from fmt.Printf("|%f|%.2f|%8.3f|%-8.2f|%08.3f|%+.1f|% .1f|%.0f|%#.0f|\n", ... argument...) (call parameter) at ./fmt_verbs_float.go:9:12
./fmt_verbs_float.go:9:13: x escapes to heap:
./fmt_verbs_float.go:9:13:   flow: {storage for ... argument} = &{storage for x}:
./fmt_verbs_float.go:9:13:     from x (spill) at ./fmt_verbs_float.go:9:13
./fmt_verbs_float.go:9:13:     from ... argument (slice-literal-element) at ./fmt_verbs_float.go:9:12
./fmt_verbs_float.go:9:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_float.go:9:13:     from ... argument (spill) at ./fmt_verbs_float.go:9:12
./fmt_verbs_float.go:9:13:     from fmt.Printf("|%f|%.2f|%8.3f|%-8.2f|%08.3f|%+.1f|% .1f|%.0f|%#.0f|\n", ... argument...) (call parameter) at ./fmt_verbs_float.go:9:12
./fmt_verbs_float.go:9:13: x escapes to heap:
./fmt_verbs_float.go:9:13:   flow: {storage for ... argument} = &{storage for x}:
./fmt_verbs_float.go:9:13:     from x (spill) at ./fmt_verbs_float.go:9:13
./fmt_verbs_float.go:9:13:     from ... argument (slice-literal-element) at ./fmt_verbs_float.go:9:12
./fmt_verbs_float.go:9:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_float.go:9:13:     from ... argument (spill) at ./fmt_verbs_float.go:9:12
./fmt_verbs_float.go:9:13:     from fmt.Printf("|%f|%.2f|%8.3f|%-8.2f|%08.3f|%+.1f|% .1f|%.0f|%#.0f|\n", ... argument...) (call parameter) at ./fmt_verbs_float.go:9:12
./fmt_verbs_float.go:9:13: x escapes to heap:
./fmt_verbs_float.go:9:13:   flow: {storage for ... argument} = &{storage for x}:
./fmt_verbs_float.go:9:13:     from x (spill) at ./fmt_verbs_float.go:9:13
./fmt_verbs_float.go:9:13:     from ... argument (slice-literal-element) at ./fmt_verbs_float.go:9:12
./fmt_verbs_float.go:9:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_float.go:9:13:     from ... argument (spill) at ./fmt_verbs_float.go:9:12
./fmt_verbs_float.go:9:13:     from fmt.Printf("|%f|%.2f|%8.3f|%-8.2f|%08.3f|%+.1f|% .1f|%.0f|%#.0f|\n", ... argument...) (call parameter) at ./fmt_verbs_float.go:9:12
./fmt_verbs_float.go:9:13: x escapes to heap:
./fmt_verbs_float.go:9:13:   flow: {storage for ... argument} = &{storage for x}:
./fmt_verbs_float.go:9:13:     from x (spill) at ./fmt_verbs_float.go:9:13
./fmt_verbs_float.go:9:13:     from ... argument (slice-literal-element) at ./fmt_verbs_float.go:9:12
./fmt_verbs_float.go:9:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_float.go:9:13:     from ... argument (spill) at ./fmt_verbs_float.go:9:12
./fmt_verbs_float.go:9:13:     from fmt.Printf("|%f|%.2f|%8.3f|%-8.2f|%08.3f|%+.1f|% .1f|%.0f|%#.0f|\n", ... argument...) (call parameter) at ./fmt_verbs_float.go:9:12
./fmt_verbs_float.go:9:13: x escapes to heap:
./fmt_verbs_float.go:9:13:   flow: {storage for ... argument} = &{storage for x}:
./fmt_verbs_float.go:9:13:     from x (spill) at ./fmt_verbs_float.go:9:13
./fmt_verbs_float.go:9:13:     from ... argument (slice-literal-element) at ./fmt_verbs_float.go:9:12
./fmt_verbs_float.go:9:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_float.go:9:13:     from ... argument (spill) at ./fmt_verbs_float.go:9:12
./fmt_verbs_float.go:9:13:     from fmt.Printf("|%f|%.2f|%8.3f|%-8.2f|%08.3f|%+.1f|% .1f|%.0f|%#.0f|\n", ... argument...) (call parameter) at ./fmt_verbs_float.go:9:12
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
