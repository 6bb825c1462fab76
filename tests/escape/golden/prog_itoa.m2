./prog_itoa.go:20:49: digits[u % uint64(base):u % uint64(base) + 1] + out escapes to heap:
./prog_itoa.go:20:49:   flow: out = &{storage for digits[u % uint64(base):u % uint64(base) + 1] + out}:
./prog_itoa.go:20:49:     from digits[u % uint64(base):u % uint64(base) + 1] + out (spill) at ./prog_itoa.go:20:49
./prog_itoa.go:20:49:     from out = digits[u % uint64(base):u % uint64(base) + 1] + out (assign) at ./prog_itoa.go:20:7
./prog_itoa.go:24:13: "-" + out escapes to heap:
./prog_itoa.go:24:13:   flow: out = &{storage for "-" + out}:
./prog_itoa.go:24:13:     from "-" + out (spill) at ./prog_itoa.go:24:13
./prog_itoa.go:24:13:     from out = "-" + out (assign) at ./prog_itoa.go:24:7
./prog_itoa.go:24:13:   flow: ~r0 = out:
./prog_itoa.go:24:13:     from return out (return) at ./prog_itoa.go:26:2
./prog_itoa.go:20:49: digits[u % uint64(base):u % uint64(base) + 1] + out escapes to heap
./prog_itoa.go:24:13: "-" + out escapes to heap
./prog_itoa.go:37:15: same escapes to heap:
./prog_itoa.go:37:15:   flow: {storage for ... argument} = &{storage for same}:
./prog_itoa.go:37:15:     from same (spill) at ./prog_itoa.go:37:15
./prog_itoa.go:37:15:     from ... argument (slice-literal-element) at ./prog_itoa.go:37:14
./prog_itoa.go:37:15:   flow: {heap} = {storage for ... argument}:
./prog_itoa.go:37:15:     from ... argument (spill) at ./prog_itoa.go:37:14
./prog_itoa.go:37:15:     from fmt.Println(... argument...) (call parameter) at ./prog_itoa.go:37:14
./prog_itoa.go:37:15: "agrees with fmt:" escapes to heap:
./prog_itoa.go:37:15:   flow: {storage for ... argument} = &{storage for "agrees with fmt:"}:
./prog_itoa.go:37:15:     from "agrees with fmt:" (spill) at ./prog_itoa.go:37:15
./prog_itoa.go:37:15:     from ... argument (slice-literal-element) at ./prog_itoa.go:37:14
./prog_itoa.go:37:15:   flow: {heap} = {storage for ... argument}:
./prog_itoa.go:37:15:     from ... argument (spill) at ./prog_itoa.go:37:14
./prog_itoa.go:37:15:     from fmt.Println(... argument...) (call parameter) at ./prog_itoa.go:37:14
./prog_itoa.go:36:32: n escapes to heap:
./prog_itoa.go:36:32:   flow: {storage for ... argument} = &{storage for n}:
./prog_itoa.go:36:32:     from n (spill) at ./prog_itoa.go:36:32
./prog_itoa.go:36:32:     from ... argument (slice-literal-element) at ./prog_itoa.go:36:31
./prog_itoa.go:36:32:   flow: {heap} = {storage for ... argument}:
./prog_itoa.go:36:32:     from ... argument (spill) at ./prog_itoa.go:36:31
./prog_itoa.go:36:32:     from fmt.Sprintf("%b", ... argument...) (call parameter) at ./prog_itoa.go:36:31
./prog_itoa.go:35:32: n escapes to heap:
./prog_itoa.go:35:32:   flow: {storage for ... argument} = &{storage for n}:
./prog_itoa.go:35:32:     from n (spill) at ./prog_itoa.go:35:32
./prog_itoa.go:35:32:     from ... argument (slice-literal-element) at ./prog_itoa.go:35:31
./prog_itoa.go:35:32:   flow: {heap} = {storage for ... argument}:
./prog_itoa.go:35:32:     from ... argument (spill) at ./prog_itoa.go:35:31
./prog_itoa.go:35:32:     from fmt.Sprintf("%o", ... argument...) (call parameter) at ./prog_itoa.go:35:31
./prog_itoa.go:34:33: n escapes to heap:
./prog_itoa.go:34:33:   flow: {storage for ... argument} = &{storage for n}:
./prog_itoa.go:34:33:     from n (spill) at ./prog_itoa.go:34:33
./prog_itoa.go:34:33:     from ... argument (slice-literal-element) at ./prog_itoa.go:34:32
./prog_itoa.go:34:33:   flow: {heap} = {storage for ... argument}:
./prog_itoa.go:34:33:     from ... argument (spill) at ./prog_itoa.go:34:32
./prog_itoa.go:34:33:     from fmt.Sprintf("%x", ... argument...) (call parameter) at ./prog_itoa.go:34:32
./prog_itoa.go:33:40: n escapes to heap:
./prog_itoa.go:33:40:   flow: {storage for ... argument} = &{storage for n}:
./prog_itoa.go:33:40:     from n (spill) at ./prog_itoa.go:33:40
./prog_itoa.go:33:40:     from ... argument (slice-literal-element) at ./prog_itoa.go:33:39
./prog_itoa.go:33:40:   flow: {heap} = {storage for ... argument}:
./prog_itoa.go:33:40:     from ... argument (spill) at ./prog_itoa.go:33:39
./prog_itoa.go:33:40:     from fmt.Sprintf("%d", ... argument...) (call parameter) at ./prog_itoa.go:33:39
./prog_itoa.go:32:79: format(n, 36) escapes to heap:
./prog_itoa.go:32:79:   flow: {storage for ... argument} = &{storage for format(n, 36)}:
./prog_itoa.go:32:79:     from format(n, 36) (spill) at ./prog_itoa.go:32:79
./prog_itoa.go:32:79:     from ... argument (slice-literal-element) at ./prog_itoa.go:32:14
./prog_itoa.go:32:79:   flow: {heap} = {storage for ... argument}:
./prog_itoa.go:32:79:     from ... argument (spill) at ./prog_itoa.go:32:14
./prog_itoa.go:32:79:     from fmt.Println(... argument...) (call parameter) at ./prog_itoa.go:32:14
./prog_itoa.go:32:65: format(n, 2) escapes to heap:
./prog_itoa.go:32:65:   flow: {storage for ... argument} = &{storage for format(n, 2)}:
./prog_itoa.go:32:65:     from format(n, 2) (spill) at ./prog_itoa.go:32:65
./prog_itoa.go:32:65:     from ... argument (slice-literal-element) at ./prog_itoa.go:32:14
./prog_itoa.go:32:65:   flow: {heap} = {storage for ... argument}:
./prog_itoa.go:32:65:     from ... argument (spill) at ./prog_itoa.go:32:14
./prog_itoa.go:32:65:     from fmt.Println(... argument...) (call parameter) at ./prog_itoa.go:32:14
./prog_itoa.go:32:51: format(n, 8) escapes to heap:
./prog_itoa.go:32:51:   flow: {storage for ... argument} = &{storage for format(n, 8)}:
./prog_itoa.go:32:51:     from format(n, 8) (spill) at ./prog_itoa.go:32:51
./prog_itoa.go:32:51:     from ... argument (slice-literal-element) at ./prog_itoa.go:32:14
./prog_itoa.go:32:51:   flow: {heap} = {storage for ... argument}:
./prog_itoa.go:32:51:     from ... argument (spill) at ./prog_itoa.go:32:14
./prog_itoa.go:32:51:     from fmt.Println(... argument...) (call parameter) at ./prog_itoa.go:32:14
./prog_itoa.go:32:36: format(n, 16) escapes to heap:
./prog_itoa.go:32:36:   flow: {storage for ... argument} = &{storage for format(n, 16)}:
./prog_itoa.go:32:36:     from format(n, 16) (spill) at ./prog_itoa.go:32:36
./prog_itoa.go:32:36:     from ... argument (slice-literal-element) at ./prog_itoa.go:32:14
./prog_itoa.go:32:36:   flow: {heap} = {storage for ... argument}:
./prog_itoa.go:32:36:     from ... argument (spill) at ./prog_itoa.go:32:14
./prog_itoa.go:32:36:     from fmt.Println(... argument...) (call parameter) at ./prog_itoa.go:32:14
./prog_itoa.go:32:21: format(n, 10) escapes to heap:
./prog_itoa.go:32:21:   flow: {storage for ... argument} = &{storage for format(n, 10)}:
./prog_itoa.go:32:21:     from format(n, 10) (spill) at ./prog_itoa.go:32:21
./prog_itoa.go:32:21:     from ... argument (slice-literal-element) at ./prog_itoa.go:32:14
./prog_itoa.go:32:21:   flow: {heap} = {storage for ... argument}:
./prog_itoa.go:32:21:     from ... argument (spill) at ./prog_itoa.go:32:14
./prog_itoa.go:32:21:     from fmt.Println(... argument...) (call parameter) at ./prog_itoa.go:32:14
./prog_itoa.go:32:14: ... argument does not escape
./prog_itoa.go:32:21: format(n, 10) escapes to heap
./prog_itoa.go:32:36: format(n, 16) escapes to heap
./prog_itoa.go:32:51: format(n, 8) escapes to heap
./prog_itoa.go:32:65: format(n, 2) escapes to heap
./prog_itoa.go:32:79: format(n, 36) escapes to heap
./prog_itoa.go:33:39: ... argument does not escape
./prog_itoa.go:33:40: n escapes to heap
./prog_itoa.go:34:32: ... argument does not escape
./prog_itoa.go:34:33: n escapes to heap
./prog_itoa.go:35:31: ... argument does not escape
./prog_itoa.go:35:32: n escapes to heap
./prog_itoa.go:36:31: ... argument does not escape
./prog_itoa.go:36:32: n escapes to heap
./prog_itoa.go:37:14: ... argument does not escape
./prog_itoa.go:37:15: "agrees with fmt:" escapes to heap
./prog_itoa.go:37:15: same escapes to heap
