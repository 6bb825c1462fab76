./float_print.go:22:57: 1e-9 escapes to heap:
./float_print.go:22:57:   flow: {storage for ... argument} = &{storage for 1e-9}:
./float_print.go:22:57:     from 1e-9 (spill) at ./float_print.go:22:57
./float_print.go:22:57:     from ... argument (slice-literal-element) at ./float_print.go:22:50
./float_print.go:22:57:   flow: {heap} = {storage for ... argument}:
./float_print.go:22:57:     from ... argument (spill) at ./float_print.go:22:50
./float_print.go:22:57:     from fmt.Sprintln(... argument...) (call parameter) at ./float_print.go:22:50
./float_print.go:22:51: 4.25 escapes to heap:
./float_print.go:22:51:   flow: {storage for ... argument} = &{storage for 4.25}:
./float_print.go:22:51:     from 4.25 (spill) at ./float_print.go:22:51
./float_print.go:22:51:     from ... argument (slice-literal-element) at ./float_print.go:22:50
./float_print.go:22:51:   flow: {heap} = {storage for ... argument}:
./float_print.go:22:51:     from ... argument (spill) at ./float_print.go:22:50
./float_print.go:22:51:     from fmt.Sprintln(... argument...) (call parameter) at ./float_print.go:22:50
./float_print.go:22:25: 3.0 escapes to heap:
./float_print.go:22:25:   flow: {storage for ... argument} = &{storage for 3.0}:
./float_print.go:22:25:     from 3.0 (spill) at ./float_print.go:22:25
./float_print.go:22:25:     from ... argument (slice-literal-element) at ./float_print.go:22:24
./float_print.go:22:25:   flow: {heap} = {storage for ... argument}:
./float_print.go:22:25:     from ... argument (spill) at ./float_print.go:22:24
./float_print.go:22:25:     from fmt.Sprint(... argument...) (call parameter) at ./float_print.go:22:24
./float_print.go:22:36: fmt.Sprint(... argument...) + "|" + fmt.Sprintln(... argument...) escapes to heap:
./float_print.go:22:36:   flow: {storage for ... argument} = &{storage for fmt.Sprint(... argument...) + "|" + fmt.Sprintln(... argument...)}:
./float_print.go:22:36:     from fmt.Sprint(... argument...) + "|" + fmt.Sprintln(... argument...) (spill) at ./float_print.go:22:36
./float_print.go:22:36:     from ... argument (slice-literal-element) at ./float_print.go:22:13
./float_print.go:22:36:   flow: {heap} = {storage for ... argument}:
./float_print.go:22:36:     from ... argument (spill) at ./float_print.go:22:13
./float_print.go:22:36:     from fmt.Println(... argument...) (call parameter) at ./float_print.go:22:13
./float_print.go:21:13: s escapes to heap:
./float_print.go:21:13:   flow: {storage for ... argument} = &{storage for s}:
./float_print.go:21:13:     from s (spill) at ./float_print.go:21:13
./float_print.go:21:13:     from ... argument (slice-literal-element) at ./float_print.go:21:13
./float_print.go:21:13:   flow: {heap} = {storage for ... argument}:
./float_print.go:21:13:     from ... argument (spill) at ./float_print.go:21:13
./float_print.go:21:13:     from fmt.Println(... argument...) (call parameter) at ./float_print.go:21:13
./float_print.go:20:35: float32(0.3) escapes to heap:
./float_print.go:20:35:   flow: {storage for ... argument} = &{storage for float32(0.3)}:
./float_print.go:20:35:     from float32(0.3) (spill) at ./float_print.go:20:35
./float_print.go:20:35:     from ... argument (slice-literal-element) at ./float_print.go:20:17
./float_print.go:20:35:   flow: {heap} = {storage for ... argument}:
./float_print.go:20:35:     from ... argument (spill) at ./float_print.go:20:17
./float_print.go:20:35:     from fmt.Sprint(... argument...) (call parameter) at ./float_print.go:20:17
./float_print.go:20:23: 2.0 escapes to heap:
./float_print.go:20:23:   flow: {storage for ... argument} = &{storage for 2.0}:
./float_print.go:20:23:     from 2.0 (spill) at ./float_print.go:20:23
./float_print.go:20:23:     from ... argument (slice-literal-element) at ./float_print.go:20:17
./float_print.go:20:23:   flow: {heap} = {storage for ... argument}:
./float_print.go:20:23:     from ... argument (spill) at ./float_print.go:20:17
./float_print.go:20:23:     from fmt.Sprint(... argument...) (call parameter) at ./float_print.go:20:17
./float_print.go:20:18: 1.5 escapes to heap:
./float_print.go:20:18:   flow: {storage for ... argument} = &{storage for 1.5}:
./float_print.go:20:18:     from 1.5 (spill) at ./float_print.go:20:18
./float_print.go:20:18:     from ... argument (slice-literal-element) at ./float_print.go:20:17
./float_print.go:20:18:   flow: {heap} = {storage for ... argument}:
./float_print.go:20:18:     from ... argument (spill) at ./float_print.go:20:17
./float_print.go:20:18:     from fmt.Sprint(... argument...) (call parameter) at ./float_print.go:20:17
./float_print.go:19:60: float32(2.5) escapes to heap:
./float_print.go:19:60:   flow: {storage for ... argument} = &{storage for float32(2.5)}:
./float_print.go:19:60:     from float32(2.5) (spill) at ./float_print.go:19:60
./float_print.go:19:60:     from ... argument (slice-literal-element) at ./float_print.go:19:12
./float_print.go:19:60:   flow: {heap} = {storage for ... argument}:
./float_print.go:19:60:     from ... argument (spill) at ./float_print.go:19:12
./float_print.go:19:60:     from fmt.Printf("%v %v %v %v\n", ... argument...) (call parameter) at ./float_print.go:19:12
./float_print.go:19:41: 123456.789 escapes to heap:
./float_print.go:19:41:   flow: {storage for ... argument} = &{storage for 123456.789}:
./float_print.go:19:41:     from 123456.789 (spill) at ./float_print.go:19:41
./float_print.go:19:41:     from ... argument (slice-literal-element) at ./float_print.go:19:12
./float_print.go:19:41:   flow: {heap} = {storage for ... argument}:
./float_print.go:19:41:     from ... argument (spill) at ./float_print.go:19:12
./float_print.go:19:41:     from fmt.Printf("%v %v %v %v\n", ... argument...) (call parameter) at ./float_print.go:19:12
./float_print.go:19:35: 1e-5 escapes to heap:
./float_print.go:19:35:   flow: {storage for ... argument} = &{storage for 1e-5}:
./float_print.go:19:35:     from 1e-5 (spill) at ./float_print.go:19:35
./float_print.go:19:35:     from ... argument (slice-literal-element) at ./float_print.go:19:12
./float_print.go:19:35:   flow: {heap} = {storage for ... argument}:
./float_print.go:19:35:     from ... argument (spill) at ./float_print.go:19:12
./float_print.go:19:35:     from fmt.Printf("%v %v %v %v\n", ... argument...) (call parameter) at ./float_print.go:19:12
./float_print.go:19:30: 1e6 escapes to heap:
./float_print.go:19:30:   flow: {storage for ... argument} = &{storage for 1e6}:
./float_print.go:19:30:     from 1e6 (spill) at ./float_print.go:19:30
./float_print.go:19:30:     from ... argument (slice-literal-element) at ./float_print.go:19:12
./float_print.go:19:30:   flow: {heap} = {storage for ... argument}:
./float_print.go:19:30:     from ... argument (spill) at ./float_print.go:19:12
./float_print.go:19:30:     from fmt.Printf("%v %v %v %v\n", ... argument...) (call parameter) at ./float_print.go:19:12
./float_print.go:18:31: f * 1e19 escapes to heap:
./float_print.go:18:31:   flow: {storage for ... argument} = &{storage for f * 1e19}:
./float_print.go:18:31:     from f * 1e19 (spill) at ./float_print.go:18:31
./float_print.go:18:31:     from ... argument (slice-literal-element) at ./float_print.go:18:13
./float_print.go:18:31:   flow: {heap} = {storage for ... argument}:
./float_print.go:18:31:     from ... argument (spill) at ./float_print.go:18:13
./float_print.go:18:31:     from fmt.Println(... argument...) (call parameter) at ./float_print.go:18:13
./float_print.go:18:23: f * 1e15 escapes to heap:
./float_print.go:18:23:   flow: {storage for ... argument} = &{storage for f * 1e15}:
./float_print.go:18:23:     from f * 1e15 (spill) at ./float_print.go:18:23
./float_print.go:18:23:     from ... argument (slice-literal-element) at ./float_print.go:18:13
./float_print.go:18:23:   flow: {heap} = {storage for ... argument}:
./float_print.go:18:23:     from ... argument (spill) at ./float_print.go:18:13
./float_print.go:18:23:     from fmt.Println(... argument...) (call parameter) at ./float_print.go:18:13
./float_print.go:18:18: f / 7 escapes to heap:
./float_print.go:18:18:   flow: {storage for ... argument} = &{storage for f / 7}:
./float_print.go:18:18:     from f / 7 (spill) at ./float_print.go:18:18
./float_print.go:18:18:     from ... argument (slice-literal-element) at ./float_print.go:18:13
./float_print.go:18:18:   flow: {heap} = {storage for ... argument}:
./float_print.go:18:18:     from ... argument (spill) at ./float_print.go:18:13
./float_print.go:18:18:     from fmt.Println(... argument...) (call parameter) at ./float_print.go:18:13
./float_print.go:18:13: f escapes to heap:
./float_print.go:18:13:   flow: {storage for ... argument} = &{storage for f}:
./float_print.go:18:13:     from f (spill) at ./float_print.go:18:13
./float_print.go:18:13:     from ... argument (slice-literal-element) at ./float_print.go:18:13
./float_print.go:18:13:   flow: {heap} = {storage for ... argument}:
./float_print.go:18:13:     from ... argument (spill) at ./float_print.go:18:13
./float_print.go:18:13:     from fmt.Println(... argument...) (call parameter) at ./float_print.go:18:13
./float_print.go:16:52: 12345678901234567890.0 escapes to heap:
./float_print.go:16:52:   flow: {storage for ... argument} = &{storage for 12345678901234567890.0}:
./float_print.go:16:52:     from 12345678901234567890.0 (spill) at ./float_print.go:16:52
./float_print.go:16:52:     from ... argument (slice-literal-element) at ./float_print.go:16:13
./float_print.go:16:52:   flow: {heap} = {storage for ... argument}:
./float_print.go:16:52:     from ... argument (spill) at ./float_print.go:16:13
./float_print.go:16:52:     from fmt.Println(... argument...) (call parameter) at ./float_print.go:16:13
./float_print.go:16:27: 999999999999999999999.0 escapes to heap:
./float_print.go:16:27:   flow: {storage for ... argument} = &{storage for 999999999999999999999.0}:
./float_print.go:16:27:     from 999999999999999999999.0 (spill) at ./float_print.go:16:27
./float_print.go:16:27:     from ... argument (slice-literal-element) at ./float_print.go:16:13
./float_print.go:16:27:   flow: {heap} = {storage for ... argument}:
./float_print.go:16:27:     from ... argument (spill) at ./float_print.go:16:13
./float_print.go:16:27:     from fmt.Println(... argument...) (call parameter) at ./float_print.go:16:13
./float_print.go:16:14: 100000000.0 escapes to heap:
./float_print.go:16:14:   flow: {storage for ... argument} = &{storage for 100000000.0}:
./float_print.go:16:14:     from 100000000.0 (spill) at ./float_print.go:16:14
./float_print.go:16:14:     from ... argument (slice-literal-element) at ./float_print.go:16:13
./float_print.go:16:14:   flow: {heap} = {storage for ... argument}:
./float_print.go:16:14:     from ... argument (spill) at ./float_print.go:16:13
./float_print.go:16:14:     from fmt.Println(... argument...) (call parameter) at ./float_print.go:16:13
./float_print.go:15:71: float32(1e20) escapes to heap:
./float_print.go:15:71:   flow: {storage for ... argument} = &{storage for float32(1e20)}:
./float_print.go:15:71:     from float32(1e20) (spill) at ./float_print.go:15:71
./float_print.go:15:71:     from ... argument (slice-literal-element) at ./float_print.go:15:13
./float_print.go:15:71:   flow: {heap} = {storage for ... argument}:
./float_print.go:15:71:     from ... argument (spill) at ./float_print.go:15:13
./float_print.go:15:71:     from fmt.Println(... argument...) (call parameter) at ./float_print.go:15:13
./float_print.go:15:56: float32(1e21) escapes to heap:
./float_print.go:15:56:   flow: {storage for ... argument} = &{storage for float32(1e21)}:
./float_print.go:15:56:     from float32(1e21) (spill) at ./float_print.go:15:56
./float_print.go:15:56:     from ... argument (slice-literal-element) at ./float_print.go:15:13
./float_print.go:15:56:   flow: {heap} = {storage for ... argument}:
./float_print.go:15:56:     from ... argument (spill) at ./float_print.go:15:13
./float_print.go:15:56:     from fmt.Println(... argument...) (call parameter) at ./float_print.go:15:13
./float_print.go:15:36: float32(123456789) escapes to heap:
./float_print.go:15:36:   flow: {storage for ... argument} = &{storage for float32(123456789)}:
./float_print.go:15:36:     from float32(123456789) (spill) at ./float_print.go:15:36
./float_print.go:15:36:     from ... argument (slice-literal-element) at ./float_print.go:15:13
./float_print.go:15:36:   flow: {heap} = {storage for ... argument}:
./float_print.go:15:36:     from ... argument (spill) at ./float_print.go:15:13
./float_print.go:15:36:     from fmt.Println(... argument...) (call parameter) at ./float_print.go:15:13
./float_print.go:15:21: float32(1e-7) escapes to heap:
./float_print.go:15:21:   flow: {storage for ... argument} = &{storage for float32(1e-7)}:
./float_print.go:15:21:     from float32(1e-7) (spill) at ./float_print.go:15:21
./float_print.go:15:21:     from ... argument (slice-literal-element) at ./float_print.go:15:13
./float_print.go:15:21:   flow: {heap} = {storage for ... argument}:
./float_print.go:15:21:     from ... argument (spill) at ./float_print.go:15:13
./float_print.go:15:21:     from fmt.Println(... argument...) (call parameter) at ./float_print.go:15:13
./float_print.go:14:70: float32(3.4028234e38) escapes to heap:
./float_print.go:14:70:   flow: {storage for ... argument} = &{storage for float32(3.4028234e38)}:
./float_print.go:14:70:     from float32(3.4028234e38) (spill) at ./float_print.go:14:70
./float_print.go:14:70:     from ... argument (slice-literal-element) at ./float_print.go:14:13
./float_print.go:14:70:   flow: {heap} = {storage for ... argument}:
./float_print.go:14:70:     from ... argument (spill) at ./float_print.go:14:13
./float_print.go:14:70:     from fmt.Println(... argument...) (call parameter) at ./float_print.go:14:13
./float_print.go:14:51: float32(16777216) escapes to heap:
./float_print.go:14:51:   flow: {storage for ... argument} = &{storage for float32(16777216)}:
./float_print.go:14:51:     from float32(16777216) (spill) at ./float_print.go:14:51
./float_print.go:14:51:     from ... argument (slice-literal-element) at ./float_print.go:14:13
./float_print.go:14:51:   flow: {heap} = {storage for ... argument}:
./float_print.go:14:51:     from ... argument (spill) at ./float_print.go:14:13
./float_print.go:14:51:     from fmt.Println(... argument...) (call parameter) at ./float_print.go:14:13
./float_print.go:14:35: float32(1.0 / 3) escapes to heap:
./float_print.go:14:35:   flow: {storage for ... argument} = &{storage for float32(1.0 / 3)}:
./float_print.go:14:35:     from float32(1.0 / 3) (spill) at ./float_print.go:14:35
./float_print.go:14:35:     from ... argument (slice-literal-element) at ./float_print.go:14:13
./float_print.go:14:35:   flow: {heap} = {storage for ... argument}:
./float_print.go:14:35:     from ... argument (spill) at ./float_print.go:14:13
./float_print.go:14:35:     from fmt.Println(... argument...) (call parameter) at ./float_print.go:14:13
./float_print.go:14:21: float32(0.1) escapes to heap:
./float_print.go:14:21:   flow: {storage for ... argument} = &{storage for float32(0.1)}:
./float_print.go:14:21:     from float32(0.1) (spill) at ./float_print.go:14:21
./float_print.go:14:21:     from ... argument (slice-literal-element) at ./float_print.go:14:13
./float_print.go:14:21:   flow: {heap} = {storage for ... argument}:
./float_print.go:14:21:     from ... argument (spill) at ./float_print.go:14:13
./float_print.go:14:21:     from fmt.Println(... argument...) (call parameter) at ./float_print.go:14:13
./float_print.go:13:33: -123.0 escapes to heap:
./float_print.go:13:33:   flow: {storage for ... argument} = &{storage for -123.0}:
./float_print.go:13:33:     from -123.0 (spill) at ./float_print.go:13:33
./float_print.go:13:33:     from ... argument (slice-literal-element) at ./float_print.go:13:13
./float_print.go:13:33:   flow: {heap} = {storage for ... argument}:
./float_print.go:13:33:     from ... argument (spill) at ./float_print.go:13:13
./float_print.go:13:33:     from fmt.Println(... argument...) (call parameter) at ./float_print.go:13:13
./float_print.go:13:26: -1e21 escapes to heap:
./float_print.go:13:26:   flow: {storage for ... argument} = &{storage for -1e21}:
./float_print.go:13:26:     from -1e21 (spill) at ./float_print.go:13:26
./float_print.go:13:26:     from ... argument (slice-literal-element) at ./float_print.go:13:13
./float_print.go:13:26:   flow: {heap} = {storage for ... argument}:
./float_print.go:13:26:     from ... argument (spill) at ./float_print.go:13:13
./float_print.go:13:26:     from fmt.Println(... argument...) (call parameter) at ./float_print.go:13:13
./float_print.go:13:20: -0.1 escapes to heap:
./float_print.go:13:20:   flow: {storage for ... argument} = &{storage for -0.1}:
./float_print.go:13:20:     from -0.1 (spill) at ./float_print.go:13:20
./float_print.go:13:20:     from ... argument (slice-literal-element) at ./float_print.go:13:13
./float_print.go:13:20:   flow: {heap} = {storage for ... argument}:
./float_print.go:13:20:     from ... argument (spill) at ./float_print.go:13:13
./float_print.go:13:20:     from fmt.Println(... argument...) (call parameter) at ./float_print.go:13:13
./float_print.go:13:14: -1.0 escapes to heap:
./float_print.go:13:14:   flow: {storage for ... argument} = &{storage for -1.0}:
./float_print.go:13:14:     from -1.0 (spill) at ./float_print.go:13:14
./float_print.go:13:14:     from ... argument (slice-literal-element) at ./float_print.go:13:13
./float_print.go:13:14:   flow: {heap} = {storage for ... argument}:
./float_print.go:13:14:     from ... argument (spill) at ./float_print.go:13:13
./float_print.go:13:14:     from fmt.Println(... argument...) (call parameter) at ./float_print.go:13:13
./float_print.go:12:53: 2.2250738585072014e-308 escapes to heap:
./float_print.go:12:53:   flow: {storage for ... argument} = &{storage for 2.2250738585072014e-308}:
./float_print.go:12:53:     from 2.2250738585072014e-308 (spill) at ./float_print.go:12:53
./float_print.go:12:53:     from ... argument (slice-literal-element) at ./float_print.go:12:13
./float_print.go:12:53:   flow: {heap} = {storage for ... argument}:
./float_print.go:12:53:     from ... argument (spill) at ./float_print.go:12:13
./float_print.go:12:53:     from fmt.Println(... argument...) (call parameter) at ./float_print.go:12:13
./float_print.go:12:45: 5e-324 escapes to heap:
./float_print.go:12:45:   flow: {storage for ... argument} = &{storage for 5e-324}:
./float_print.go:12:45:     from 5e-324 (spill) at ./float_print.go:12:45
./float_print.go:12:45:     from ... argument (slice-literal-element) at ./float_print.go:12:13
./float_print.go:12:45:   flow: {heap} = {storage for ... argument}:
./float_print.go:12:45:     from ... argument (spill) at ./float_print.go:12:13
./float_print.go:12:45:     from fmt.Println(... argument...) (call parameter) at ./float_print.go:12:13
./float_print.go:12:21: 1.7976931348623157e308 escapes to heap:
./float_print.go:12:21:   flow: {storage for ... argument} = &{storage for 1.7976931348623157e308}:
./float_print.go:12:21:     from 1.7976931348623157e308 (spill) at ./float_print.go:12:21
./float_print.go:12:21:     from ... argument (slice-literal-element) at ./float_print.go:12:13
./float_print.go:12:21:   flow: {heap} = {storage for ... argument}:
./float_print.go:12:21:     from ... argument (spill) at ./float_print.go:12:13
./float_print.go:12:21:     from fmt.Println(... argument...) (call parameter) at ./float_print.go:12:13
./float_print.go:12:14: 1e100 escapes to heap:
./float_print.go:12:14:   flow: {storage for ... argument} = &{storage for 1e100}:
./float_print.go:12:14:     from 1e100 (spill) at ./float_print.go:12:14
./float_print.go:12:14:     from ... argument (slice-literal-element) at ./float_print.go:12:13
./float_print.go:12:14:   flow: {heap} = {storage for ... argument}:
./float_print.go:12:14:     from ... argument (spill) at ./float_print.go:12:13
./float_print.go:12:14:     from fmt.Println(... argument...) (call parameter) at ./float_print.go:12:13
./float_print.go:11:62: 2.0 / 3 escapes to heap:
./float_print.go:11:62:   flow: {storage for ... argument} = &{storage for 2.0 / 3}:
./float_print.go:11:62:     from 2.0 / 3 (spill) at ./float_print.go:11:62
./float_print.go:11:62:     from ... argument (slice-literal-element) at ./float_print.go:11:13
./float_print.go:11:62:   flow: {heap} = {storage for ... argument}:
./float_print.go:11:62:     from ... argument (spill) at ./float_print.go:11:13
./float_print.go:11:62:     from fmt.Println(... argument...) (call parameter) at ./float_print.go:11:13
./float_print.go:11:55: 1.0 / 3 escapes to heap:
./float_print.go:11:55:   flow: {storage for ... argument} = &{storage for 1.0 / 3}:
./float_print.go:11:55:     from 1.0 / 3 (spill) at ./float_print.go:11:55
./float_print.go:11:55:     from ... argument (slice-literal-element) at ./float_print.go:11:13
./float_print.go:11:55:   flow: {heap} = {storage for ... argument}:
./float_print.go:11:55:     from ... argument (spill) at ./float_print.go:11:13
./float_print.go:11:55:     from fmt.Println(... argument...) (call parameter) at ./float_print.go:11:13
./float_print.go:11:33: 2.718281828459045 escapes to heap:
./float_print.go:11:33:   flow: {storage for ... argument} = &{storage for 2.718281828459045}:
./float_print.go:11:33:     from 2.718281828459045 (spill) at ./float_print.go:11:33
./float_print.go:11:33:     from ... argument (slice-literal-element) at ./float_print.go:11:13
./float_print.go:11:33:   flow: {heap} = {storage for ... argument}:
./float_print.go:11:33:     from ... argument (spill) at ./float_print.go:11:13
./float_print.go:11:33:     from fmt.Println(... argument...) (call parameter) at ./float_print.go:11:13
./float_print.go:11:14: 3.141592653589793 escapes to heap:
./float_print.go:11:14:   flow: {storage for ... argument} = &{storage for 3.141592653589793}:
./float_print.go:11:14:     from 3.141592653589793 (spill) at ./float_print.go:11:14
./float_print.go:11:14:     from ... argument (slice-literal-element) at ./float_print.go:11:13
./float_print.go:11:14:   flow: {heap} = {storage for ... argument}:
./float_print.go:11:14:     from ... argument (spill) at ./float_print.go:11:13
./float_print.go:11:14:     from fmt.Println(... argument...) (call parameter) at ./float_print.go:11:13
./float_print.go:10:53: 123.456e-9 escapes to heap:
./float_print.go:10:53:   flow: {storage for ... argument} = &{storage for 123.456e-9}:
./float_print.go:10:53:     from 123.456e-9 (spill) at ./float_print.go:10:53
./float_print.go:10:53:     from ... argument (slice-literal-element) at ./float_print.go:10:13
./float_print.go:10:53:   flow: {heap} = {storage for ... argument}:
./float_print.go:10:53:     from ... argument (spill) at ./float_print.go:10:13
./float_print.go:10:53:     from fmt.Println(... argument...) (call parameter) at ./float_print.go:10:13
./float_print.go:10:44: 1.5e-10 escapes to heap:
./float_print.go:10:44:   flow: {storage for ... argument} = &{storage for 1.5e-10}:
./float_print.go:10:44:     from 1.5e-10 (spill) at ./float_print.go:10:44
./float_print.go:10:44:     from ... argument (slice-literal-element) at ./float_print.go:10:13
./float_print.go:10:44:   flow: {heap} = {storage for ... argument}:
./float_print.go:10:44:     from ... argument (spill) at ./float_print.go:10:13
./float_print.go:10:44:     from fmt.Println(... argument...) (call parameter) at ./float_print.go:10:13
./float_print.go:10:38: 1e-7 escapes to heap:
./float_print.go:10:38:   flow: {storage for ... argument} = &{storage for 1e-7}:
./float_print.go:10:38:     from 1e-7 (spill) at ./float_print.go:10:38
./float_print.go:10:38:     from ... argument (slice-literal-element) at ./float_print.go:10:13
./float_print.go:10:38:   flow: {heap} = {storage for ... argument}:
./float_print.go:10:38:     from ... argument (spill) at ./float_print.go:10:13
./float_print.go:10:38:     from fmt.Println(... argument...) (call parameter) at ./float_print.go:10:13
./float_print.go:10:29: 0.00001 escapes to heap:
./float_print.go:10:29:   flow: {storage for ... argument} = &{storage for 0.00001}:
./float_print.go:10:29:     from 0.00001 (spill) at ./float_print.go:10:29
./float_print.go:10:29:     from ... argument (slice-literal-element) at ./float_print.go:10:13
./float_print.go:10:29:   flow: {heap} = {storage for ... argument}:
./float_print.go:10:29:     from ... argument (spill) at ./float_print.go:10:13
./float_print.go:10:29:     from fmt.Println(... argument...) (call parameter) at ./float_print.go:10:13
./float_print.go:10:21: 0.0001 escapes to heap:
./float_print.go:10:21:   flow: {storage for ... argument} = &{storage for 0.0001}:
./float_print.go:10:21:     from 0.0001 (spill) at ./float_print.go:10:21
./float_print.go:10:21:     from ... argument (slice-literal-element) at ./float_print.go:10:13
./float_print.go:10:21:   flow: {heap} = {storage for ... argument}:
./float_print.go:10:21:     from ... argument (spill) at ./float_print.go:10:13
./float_print.go:10:21:     from fmt.Println(... argument...) (call parameter) at ./float_print.go:10:13
./float_print.go:10:14: 0.001 escapes to heap:
./float_print.go:10:14:   flow: {storage for ... argument} = &{storage for 0.001}:
./float_print.go:10:14:     from 0.001 (spill) at ./float_print.go:10:14
./float_print.go:10:14:     from ... argument (slice-literal-element) at ./float_print.go:10:13
./float_print.go:10:14:   flow: {heap} = {storage for ... argument}:
./float_print.go:10:14:     from ... argument (spill) at ./float_print.go:10:13
./float_print.go:10:14:     from fmt.Println(... argument...) (call parameter) at ./float_print.go:10:13
./float_print.go:9:61: 1e22 escapes to heap:
./float_print.go:9:61:   flow: {storage for ... argument} = &{storage for 1e22}:
./float_print.go:9:61:     from 1e22 (spill) at ./float_print.go:9:61
./float_print.go:9:61:     from ... argument (slice-literal-element) at ./float_print.go:9:13
./float_print.go:9:61:   flow: {heap} = {storage for ... argument}:
./float_print.go:9:61:     from ... argument (spill) at ./float_print.go:9:13
./float_print.go:9:61:     from fmt.Println(... argument...) (call parameter) at ./float_print.go:9:13
./float_print.go:9:55: 1e21 escapes to heap:
./float_print.go:9:55:   flow: {storage for ... argument} = &{storage for 1e21}:
./float_print.go:9:55:     from 1e21 (spill) at ./float_print.go:9:55
./float_print.go:9:55:     from ... argument (slice-literal-element) at ./float_print.go:9:13
./float_print.go:9:55:   flow: {heap} = {storage for ... argument}:
./float_print.go:9:55:     from ... argument (spill) at ./float_print.go:9:13
./float_print.go:9:55:     from fmt.Println(... argument...) (call parameter) at ./float_print.go:9:13
./float_print.go:9:49: 1e20 escapes to heap:
./float_print.go:9:49:   flow: {storage for ... argument} = &{storage for 1e20}:
./float_print.go:9:49:     from 1e20 (spill) at ./float_print.go:9:49
./float_print.go:9:49:     from ... argument (slice-literal-element) at ./float_print.go:9:13
./float_print.go:9:49:   flow: {heap} = {storage for ... argument}:
./float_print.go:9:49:     from ... argument (spill) at ./float_print.go:9:13
./float_print.go:9:49:     from fmt.Println(... argument...) (call parameter) at ./float_print.go:9:13
./float_print.go:9:36: 123456789.0 escapes to heap:
./float_print.go:9:36:   flow: {storage for ... argument} = &{storage for 123456789.0}:
./float_print.go:9:36:     from 123456789.0 (spill) at ./float_print.go:9:36
./float_print.go:9:36:     from ... argument (slice-literal-element) at ./float_print.go:9:13
./float_print.go:9:36:   flow: {heap} = {storage for ... argument}:
./float_print.go:9:36:     from ... argument (spill) at ./float_print.go:9:13
./float_print.go:9:36:     from fmt.Println(... argument...) (call parameter) at ./float_print.go:9:13
./float_print.go:9:29: 100.0 escapes to heap:
./float_print.go:9:29:   flow: {storage for ... argument} = &{storage for 100.0}:
./float_print.go:9:29:     from 100.0 (spill) at ./float_print.go:9:29
./float_print.go:9:29:     from ... argument (slice-literal-element) at ./float_print.go:9:13
./float_print.go:9:29:   flow: {heap} = {storage for ... argument}:
./float_print.go:9:29:     from ... argument (spill) at ./float_print.go:9:13
./float_print.go:9:29:     from fmt.Println(... argument...) (call parameter) at ./float_print.go:9:13
./float_print.go:9:24: 2.5 escapes to heap:
./float_print.go:9:24:   flow: {storage for ... argument} = &{storage for 2.5}:
./float_print.go:9:24:     from 2.5 (spill) at ./float_print.go:9:24
./float_print.go:9:24:     from ... argument (slice-literal-element) at ./float_print.go:9:13
./float_print.go:9:24:   flow: {heap} = {storage for ... argument}:
./float_print.go:9:24:     from ... argument (spill) at ./float_print.go:9:13
./float_print.go:9:24:     from fmt.Println(... argument...) (call parameter) at ./float_print.go:9:13
./float_print.go:9:19: 0.5 escapes to heap:
./float_print.go:9:19:   flow: {storage for ... argument} = &{storage for 0.5}:
./float_print.go:9:19:     from 0.5 (spill) at ./float_print.go:9:19
./float_print.go:9:19:     from ... argument (slice-literal-element) at ./float_print.go:9:13
./float_print.go:9:19:   flow: {heap} = {storage for ... argument}:
./float_print.go:9:19:     from ... argument (spill) at ./float_print.go:9:13
./float_print.go:9:19:     from fmt.Println(... argument...) (call parameter) at ./float_print.go:9:13
./float_print.go:9:14: 1.0 escapes to heap:
./float_print.go:9:14:   flow: {storage for ... argument} = &{storage for 1.0}:
./float_print.go:9:14:     from 1.0 (spill) at ./float_print.go:9:14
./float_print.go:9:14:     from ... argument (slice-literal-element) at ./float_print.go:9:13
./float_print.go:9:14:   flow: {heap} = {storage for ... argument}:
./float_print.go:9:14:     from ... argument (spill) at ./float_print.go:9:13
./float_print.go:9:14:     from fmt.Println(... argument...) (call parameter) at ./float_print.go:9:13
./float_print.go:22:36: fmt.Sprint(... argument...) + "|" + fmt.Sprintln(... argument...) escapes to heap:
./float_print.go:22:36:   flow: {storage for fmt.Sprint(... argument...) + "|" + fmt.Sprintln(... argument...)} = &{storage for fmt.Sprint(... argument...) + "|" + fmt.Sprintln(... argument...)}:
./float_print.go:22:36:     from fmt.Sprint(... argument...) + "|" + fmt.Sprintln(... argument...) (spill) at ./float_print.go:22:36
./float_print.go:22:36:     from fmt.Sprint(... argument...) + "|" + fmt.Sprintln(... argument...) (interface-converted) at ./float_print.go:22:36
./float_print.go:9:13: ... argument does not escape
./float_print.go:9:14: 1.0 escapes to heap
./float_print.go:9:19: 0.5 escapes to heap
./float_print.go:9:24: 2.5 escapes to heap
./float_print.go:9:29: 100.0 escapes to heap
./float_print.go:9:36: 123456789.0 escapes to heap
./float_print.go:9:49: 1e20 escapes to heap
./float_print.go:9:55: 1e21 escapes to heap
./float_print.go:9:61: 1e22 escapes to heap
./float_print.go:10:13: ... argument does not escape
./float_print.go:10:14: 0.001 escapes to heap
./float_print.go:10:21: 0.0001 escapes to heap
./float_print.go:10:29: 0.00001 escapes to heap
./float_print.go:10:38: 1e-7 escapes to heap
./float_print.go:10:44: 1.5e-10 escapes to heap
./float_print.go:10:53: 123.456e-9 escapes to heap
./float_print.go:11:13: ... argument does not escape
./float_print.go:11:14: 3.141592653589793 escapes to heap
./float_print.go:11:33: 2.718281828459045 escapes to heap
./float_print.go:11:55: 1.0 / 3 escapes to heap
./float_print.go:11:62: 2.0 / 3 escapes to heap
./float_print.go:12:13: ... argument does not escape
./float_print.go:12:14: 1e100 escapes to heap
./float_print.go:12:21: 1.7976931348623157e308 escapes to heap
./float_print.go:12:45: 5e-324 escapes to heap
./float_print.go:12:53: 2.2250738585072014e-308 escapes to heap
./float_print.go:13:13: ... argument does not escape
./float_print.go:13:14: -1.0 escapes to heap
./float_print.go:13:20: -0.1 escapes to heap
./float_print.go:13:26: -1e21 escapes to heap
./float_print.go:13:33: -123.0 escapes to heap
./float_print.go:14:13: ... argument does not escape
./float_print.go:14:21: float32(0.1) escapes to heap
./float_print.go:14:35: float32(1.0 / 3) escapes to heap
./float_print.go:14:51: float32(16777216) escapes to heap
./float_print.go:14:70: float32(3.4028234e38) escapes to heap
./float_print.go:15:13: ... argument does not escape
./float_print.go:15:21: float32(1e-7) escapes to heap
./float_print.go:15:36: float32(123456789) escapes to heap
./float_print.go:15:56: float32(1e21) escapes to heap
./float_print.go:15:71: float32(1e20) escapes to heap
./float_print.go:16:13: ... argument does not escape
./float_print.go:16:14: 100000000.0 escapes to heap
./float_print.go:16:27: 999999999999999999999.0 escapes to heap
./float_print.go:16:52: 12345678901234567890.0 escapes to heap
./float_print.go:18:13: ... argument does not escape
./float_print.go:18:13: f escapes to heap
./float_print.go:18:18: f / 7 escapes to heap
./float_print.go:18:23: f * 1e15 escapes to heap
./float_print.go:18:31: f * 1e19 escapes to heap
./float_print.go:19:12: ... argument does not escape
./float_print.go:19:30: 1e6 escapes to heap
./float_print.go:19:35: 1e-5 escapes to heap
./float_print.go:19:41: 123456.789 escapes to heap
./float_print.go:19:60: float32(2.5) escapes to heap
./float_print.go:20:17: ... argument does not escape
./float_print.go:20:18: 1.5 escapes to heap
./float_print.go:20:23: 2.0 escapes to heap
./float_print.go:20:35: float32(0.3) escapes to heap
./float_print.go:21:13: ... argument does not escape
./float_print.go:21:13: s escapes to heap
./float_print.go:22:13: ... argument does not escape
./float_print.go:22:36: fmt.Sprint(... argument...) + "|" + fmt.Sprintln(... argument...) escapes to heap
./float_print.go:22:36: fmt.Sprint(... argument...) + "|" + fmt.Sprintln(... argument...) escapes to heap
./float_print.go:22:24: ... argument does not escape
./float_print.go:22:25: 3.0 escapes to heap
./float_print.go:22:50: ... argument does not escape
./float_print.go:22:51: 4.25 escapes to heap
./float_print.go:22:57: 1e-9 escapes to heap
