./iface_errors_method.go:11:50: "myerr " + strconv.Itoa(e.code) escapes to heap:
./iface_errors_method.go:11:50:   flow: ~r0 = &{storage for "myerr " + strconv.Itoa(e.code)}:
./iface_errors_method.go:11:50:     from "myerr " + strconv.Itoa(e.code) (spill) at ./iface_errors_method.go:11:50
./iface_errors_method.go:11:50:     from return "myerr " + strconv.Itoa(e.code) (return) at ./iface_errors_method.go:11:34
./iface_errors_method.go:11:7: e does not escape
./iface_errors_method.go:11:50: "myerr " + strconv.Itoa(e.code) escapes to heap
./iface_errors_method.go:20:10: &MyErr{...} escapes to heap:
./iface_errors_method.go:20:10:   flow: ~r0 = &{storage for &MyErr{...}}:
./iface_errors_method.go:20:10:     from &MyErr{...} (spill) at ./iface_errors_method.go:20:10
./iface_errors_method.go:20:10:     from &MyErr{...} (interface-converted) at ./iface_errors_method.go:20:10
./iface_errors_method.go:20:10:     from return &MyErr{...} (return) at ./iface_errors_method.go:20:3
./iface_errors_method.go:20:10: &MyErr{...} escapes to heap
./iface_errors_method.go:44:25: e == e escapes to heap:
./iface_errors_method.go:44:25:   flow: {storage for ... argument} = &{storage for e == e}:
./iface_errors_method.go:44:25:     from e == e (spill) at ./iface_errors_method.go:44:25
./iface_errors_method.go:44:25:     from ... argument (slice-literal-element) at ./iface_errors_method.go:44:13
./iface_errors_method.go:44:25:   flow: {heap} = {storage for ... argument}:
./iface_errors_method.go:44:25:     from ... argument (spill) at ./iface_errors_method.go:44:13
./iface_errors_method.go:44:25:     from fmt.Println(... argument...) (call parameter) at ./iface_errors_method.go:44:13
./iface_errors_method.go:44:16: e == e2 escapes to heap:
./iface_errors_method.go:44:16:   flow: {storage for ... argument} = &{storage for e == e2}:
./iface_errors_method.go:44:16:     from e == e2 (spill) at ./iface_errors_method.go:44:16
./iface_errors_method.go:44:16:     from ... argument (slice-literal-element) at ./iface_errors_method.go:44:13
./iface_errors_method.go:44:16:   flow: {heap} = {storage for ... argument}:
./iface_errors_method.go:44:16:     from ... argument (spill) at ./iface_errors_method.go:44:13
./iface_errors_method.go:44:16:     from fmt.Println(... argument...) (call parameter) at ./iface_errors_method.go:44:13
./iface_errors_method.go:41:36: ee.Error() escapes to heap:
./iface_errors_method.go:41:36:   flow: {storage for ... argument} = &{storage for ee.Error()}:
./iface_errors_method.go:41:36:     from ee.Error() (spill) at ./iface_errors_method.go:41:36
./iface_errors_method.go:41:36:     from ... argument (slice-literal-element) at ./iface_errors_method.go:41:14
./iface_errors_method.go:41:36:   flow: {heap} = {storage for ... argument}:
./iface_errors_method.go:41:36:     from ... argument (spill) at ./iface_errors_method.go:41:14
./iface_errors_method.go:41:36:     from fmt.Println(... argument...) (call parameter) at ./iface_errors_method.go:41:14
./iface_errors_method.go:41:15: "is error:" escapes to heap:
./iface_errors_method.go:41:15:   flow: {storage for ... argument} = &{storage for "is error:"}:
./iface_errors_method.go:41:15:     from "is error:" (spill) at ./iface_errors_method.go:41:15
./iface_errors_method.go:41:15:     from ... argument (slice-literal-element) at ./iface_errors_method.go:41:14
./iface_errors_method.go:41:15:   flow: {heap} = {storage for ... argument}:
./iface_errors_method.go:41:15:     from ... argument (spill) at ./iface_errors_method.go:41:14
./iface_errors_method.go:41:15:     from fmt.Println(... argument...) (call parameter) at ./iface_errors_method.go:41:14
./iface_errors_method.go:37:23: err.Error() escapes to heap:
./iface_errors_method.go:37:23:   flow: {storage for ... argument} = &{storage for err.Error()}:
./iface_errors_method.go:37:23:     from err.Error() (spill) at ./iface_errors_method.go:37:23
./iface_errors_method.go:37:23:     from ... argument (slice-literal-element) at ./iface_errors_method.go:37:13
./iface_errors_method.go:37:23:   flow: {heap} = {storage for ... argument}:
./iface_errors_method.go:37:23:     from ... argument (spill) at ./iface_errors_method.go:37:13
./iface_errors_method.go:37:23:     from fmt.Println(... argument...) (call parameter) at ./iface_errors_method.go:37:13
./iface_errors_method.go:33:26: me.code escapes to heap:
./iface_errors_method.go:33:26:   flow: {storage for ... argument} = &{storage for me.code}:
./iface_errors_method.go:33:26:     from me.code (spill) at ./iface_errors_method.go:33:26
./iface_errors_method.go:33:26:     from ... argument (slice-literal-element) at ./iface_errors_method.go:33:15
./iface_errors_method.go:33:26:   flow: {heap} = {storage for ... argument}:
./iface_errors_method.go:33:26:     from ... argument (spill) at ./iface_errors_method.go:33:15
./iface_errors_method.go:33:26:     from fmt.Println(... argument...) (call parameter) at ./iface_errors_method.go:33:15
./iface_errors_method.go:33:16: "code" escapes to heap:
./iface_errors_method.go:33:16:   flow: {storage for ... argument} = &{storage for "code"}:
./iface_errors_method.go:33:16:     from "code" (spill) at ./iface_errors_method.go:33:16
./iface_errors_method.go:33:16:     from ... argument (slice-literal-element) at ./iface_errors_method.go:33:15
./iface_errors_method.go:33:16:   flow: {heap} = {storage for ... argument}:
./iface_errors_method.go:33:16:     from ... argument (spill) at ./iface_errors_method.go:33:15
./iface_errors_method.go:33:16:     from fmt.Println(... argument...) (call parameter) at ./iface_errors_method.go:33:15
./iface_errors_method.go:30:19: "ok" escapes to heap:
./iface_errors_method.go:30:19:   flow: {storage for ... argument} = &{storage for "ok"}:
./iface_errors_method.go:30:19:     from "ok" (spill) at ./iface_errors_method.go:30:19
./iface_errors_method.go:30:19:     from ... argument (slice-literal-element) at ./iface_errors_method.go:30:15
./iface_errors_method.go:30:19:   flow: {heap} = {storage for ... argument}:
./iface_errors_method.go:30:19:     from ... argument (spill) at ./iface_errors_method.go:30:15
./iface_errors_method.go:30:19:     from fmt.Println(... argument...) (call parameter) at ./iface_errors_method.go:30:15
./iface_errors_method.go:30:15: k escapes to heap:
./iface_errors_method.go:30:15:   flow: {storage for ... argument} = &{storage for k}:
./iface_errors_method.go:30:15:     from k (spill) at ./iface_errors_method.go:30:15
./iface_errors_method.go:30:15:     from ... argument (slice-literal-element) at ./iface_errors_method.go:30:15
./iface_errors_method.go:30:15:   flow: {heap} = {storage for ... argument}:
./iface_errors_method.go:30:15:     from ... argument (spill) at ./iface_errors_method.go:30:15
./iface_errors_method.go:30:15:     from fmt.Println(... argument...) (call parameter) at ./iface_errors_method.go:30:15
./iface_errors_method.go:28:28: err.Error() escapes to heap:
./iface_errors_method.go:28:28:   flow: {storage for ... argument} = &{storage for err.Error()}:
./iface_errors_method.go:28:28:     from err.Error() (spill) at ./iface_errors_method.go:28:28
./iface_errors_method.go:28:28:     from ... argument (slice-literal-element) at ./iface_errors_method.go:28:15
./iface_errors_method.go:28:28:   flow: {heap} = {storage for ... argument}:
./iface_errors_method.go:28:28:     from ... argument (spill) at ./iface_errors_method.go:28:15
./iface_errors_method.go:28:28:     from fmt.Println(... argument...) (call parameter) at ./iface_errors_method.go:28:15
./iface_errors_method.go:28:15: k escapes to heap:
./iface_errors_method.go:28:15:   flow: {storage for ... argument} = &{storage for k}:
./iface_errors_method.go:28:15:     from k (spill) at ./iface_errors_method.go:28:15
./iface_errors_method.go:28:15:     from ... argument (slice-literal-element) at ./iface_errors_method.go:28:15
./iface_errors_method.go:28:15:   flow: {heap} = {storage for ... argument}:
./iface_errors_method.go:28:15:     from ... argument (spill) at ./iface_errors_method.go:28:15
./iface_errors_method.go:28:15:     from fmt.Println(... argument...) (call parameter) at ./iface_errors_method.go:28:15
./iface_errors_method.go:28:15: ... argument does not escape
./iface_errors_method.go:28:15: k escapes to heap
./iface_errors_method.go:28:28: err.Error() escapes to heap
./iface_errors_method.go:30:15: ... argument does not escape
./iface_errors_method.go:30:15: k escapes to heap
./iface_errors_method.go:30:19: "ok" escapes to heap
./iface_errors_method.go:33:15: ... argument does not escape
./iface_errors_method.go:33:16: "code" escapes to heap
./iface_errors_method.go:33:26: me.code escapes to heap
./iface_errors_method.go:37:13: ... argument does not escape
./iface_errors_method.go:37:23: err.Error() escapes to heap
./iface_errors_method.go:41:14: ... argument does not escape
./iface_errors_method.go:41:15: "is error:" escapes to heap
./iface_errors_method.go:41:36: ee.Error() escapes to heap
./iface_errors_method.go:44:13: ... argument does not escape
./iface_errors_method.go:44:16: e == e2 escapes to heap
./iface_errors_method.go:44:25: e == e escapes to heap
