./fmt_verbs_other.go:27:62: 3 * 1.5 escapes to heap:
./fmt_verbs_other.go:27:62:   flow: {storage for ... argument} = &{storage for 3 * 1.5}:
./fmt_verbs_other.go:27:62:     from 3 * 1.5 (spill) at ./fmt_verbs_other.go:27:62
./fmt_verbs_other.go:27:62:     from ... argument (slice-literal-element) at ./fmt_verbs_other.go:27:23
./fmt_verbs_other.go:27:62:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_other.go:27:62:     from ... argument (spill) at ./fmt_verbs_other.go:27:23
./fmt_verbs_other.go:27:62:     from fmt.Sprintf("%d items at %.2f = %.2f\n", ... argument...) (call parameter) at ./fmt_verbs_other.go:27:23
./fmt_verbs_other.go:27:56: 1.5 escapes to heap:
./fmt_verbs_other.go:27:56:   flow: {storage for ... argument} = &{storage for 1.5}:
./fmt_verbs_other.go:27:56:     from 1.5 (spill) at ./fmt_verbs_other.go:27:56
./fmt_verbs_other.go:27:56:     from ... argument (slice-literal-element) at ./fmt_verbs_other.go:27:23
./fmt_verbs_other.go:27:56:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_other.go:27:56:     from ... argument (spill) at ./fmt_verbs_other.go:27:23
./fmt_verbs_other.go:27:56:     from fmt.Sprintf("%d items at %.2f = %.2f\n", ... argument...) (call parameter) at ./fmt_verbs_other.go:27:23
./fmt_verbs_other.go:27:53: 3 escapes to heap:
./fmt_verbs_other.go:27:53:   flow: {storage for ... argument} = &{storage for 3}:
./fmt_verbs_other.go:27:53:     from 3 (spill) at ./fmt_verbs_other.go:27:53
./fmt_verbs_other.go:27:53:     from ... argument (slice-literal-element) at ./fmt_verbs_other.go:27:23
./fmt_verbs_other.go:27:53:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_other.go:27:53:     from ... argument (spill) at ./fmt_verbs_other.go:27:23
./fmt_verbs_other.go:27:53:     from fmt.Sprintf("%d items at %.2f = %.2f\n", ... argument...) (call parameter) at ./fmt_verbs_other.go:27:23
./fmt_verbs_other.go:27:23: fmt.Sprintf("%d items at %.2f = %.2f\n", ... argument...) escapes to heap:
./fmt_verbs_other.go:27:23:   flow: {storage for ... argument} = &{storage for fmt.Sprintf("%d items at %.2f = %.2f\n", ... argument...)}:
./fmt_verbs_other.go:27:23:     from fmt.Sprintf("%d items at %.2f = %.2f\n", ... argument...) (spill) at ./fmt_verbs_other.go:27:23
./fmt_verbs_other.go:27:23:     from ... argument (slice-literal-element) at ./fmt_verbs_other.go:27:11
./fmt_verbs_other.go:27:23:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_other.go:27:23:     from ... argument (spill) at ./fmt_verbs_other.go:27:11
./fmt_verbs_other.go:27:23:     from fmt.Print(... argument...) (call parameter) at ./fmt_verbs_other.go:27:11
./fmt_verbs_other.go:26:33: "Hello" escapes to heap:
./fmt_verbs_other.go:26:33:   flow: {storage for ... argument} = &{storage for "Hello"}:
./fmt_verbs_other.go:26:33:     from "Hello" (spill) at ./fmt_verbs_other.go:26:33
./fmt_verbs_other.go:26:33:     from ... argument (slice-literal-element) at ./fmt_verbs_other.go:26:12
./fmt_verbs_other.go:26:33:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_other.go:26:33:     from ... argument (spill) at ./fmt_verbs_other.go:26:12
./fmt_verbs_other.go:26:33:     from fmt.Printf("%x %X\n", ... argument...) (call parameter) at ./fmt_verbs_other.go:26:12
./fmt_verbs_other.go:26:24: "Hello" escapes to heap:
./fmt_verbs_other.go:26:24:   flow: {storage for ... argument} = &{storage for "Hello"}:
./fmt_verbs_other.go:26:24:     from "Hello" (spill) at ./fmt_verbs_other.go:26:24
./fmt_verbs_other.go:26:24:     from ... argument (slice-literal-element) at ./fmt_verbs_other.go:26:12
./fmt_verbs_other.go:26:24:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_other.go:26:24:     from ... argument (spill) at ./fmt_verbs_other.go:26:12
./fmt_verbs_other.go:26:24:     from fmt.Printf("%x %X\n", ... argument...) (call parameter) at ./fmt_verbs_other.go:26:12
./fmt_verbs_other.go:25:59: 3.14159 escapes to heap:
./fmt_verbs_other.go:25:59:   flow: {storage for ... argument} = &{storage for 3.14159}:
./fmt_verbs_other.go:25:59:     from 3.14159 (spill) at ./fmt_verbs_other.go:25:59
./fmt_verbs_other.go:25:59:     from ... argument (slice-literal-element) at ./fmt_verbs_other.go:25:12
./fmt_verbs_other.go:25:59:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_other.go:25:59:     from ... argument (spill) at ./fmt_verbs_other.go:25:12
./fmt_verbs_other.go:25:59:     from fmt.Printf("%08.3f|%-8.3f|%+08.3f\n", ... argument...) (call parameter) at ./fmt_verbs_other.go:25:12
./fmt_verbs_other.go:25:50: 3.14159 escapes to heap:
./fmt_verbs_other.go:25:50:   flow: {storage for ... argument} = &{storage for 3.14159}:
./fmt_verbs_other.go:25:50:     from 3.14159 (spill) at ./fmt_verbs_other.go:25:50
./fmt_verbs_other.go:25:50:     from ... argument (slice-literal-element) at ./fmt_verbs_other.go:25:12
./fmt_verbs_other.go:25:50:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_other.go:25:50:     from ... argument (spill) at ./fmt_verbs_other.go:25:12
./fmt_verbs_other.go:25:50:     from fmt.Printf("%08.3f|%-8.3f|%+08.3f\n", ... argument...) (call parameter) at ./fmt_verbs_other.go:25:12
./fmt_verbs_other.go:25:40: -3.14159 escapes to heap:
./fmt_verbs_other.go:25:40:   flow: {storage for ... argument} = &{storage for -3.14159}:
./fmt_verbs_other.go:25:40:     from -3.14159 (spill) at ./fmt_verbs_other.go:25:40
./fmt_verbs_other.go:25:40:     from ... argument (slice-literal-element) at ./fmt_verbs_other.go:25:12
./fmt_verbs_other.go:25:40:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_other.go:25:40:     from ... argument (spill) at ./fmt_verbs_other.go:25:12
./fmt_verbs_other.go:25:40:     from fmt.Printf("%08.3f|%-8.3f|%+08.3f\n", ... argument...) (call parameter) at ./fmt_verbs_other.go:25:12
./fmt_verbs_other.go:24:33: 'b' escapes to heap:
./fmt_verbs_other.go:24:33:   flow: {storage for ... argument} = &{storage for 'b'}:
./fmt_verbs_other.go:24:33:     from 'b' (spill) at ./fmt_verbs_other.go:24:33
./fmt_verbs_other.go:24:33:     from ... argument (slice-literal-element) at ./fmt_verbs_other.go:24:12
./fmt_verbs_other.go:24:33:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_other.go:24:33:     from ... argument (spill) at ./fmt_verbs_other.go:24:12
./fmt_verbs_other.go:24:33:     from fmt.Printf("%3c|%-3c|\n", ... argument...) (call parameter) at ./fmt_verbs_other.go:24:12
./fmt_verbs_other.go:24:28: 'a' escapes to heap:
./fmt_verbs_other.go:24:28:   flow: {storage for ... argument} = &{storage for 'a'}:
./fmt_verbs_other.go:24:28:     from 'a' (spill) at ./fmt_verbs_other.go:24:28
./fmt_verbs_other.go:24:28:     from ... argument (slice-literal-element) at ./fmt_verbs_other.go:24:12
./fmt_verbs_other.go:24:28:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_other.go:24:28:     from ... argument (spill) at ./fmt_verbs_other.go:24:12
./fmt_verbs_other.go:24:28:     from fmt.Printf("%3c|%-3c|\n", ... argument...) (call parameter) at ./fmt_verbs_other.go:24:12
./fmt_verbs_other.go:23:47: 2.0 escapes to heap:
./fmt_verbs_other.go:23:47:   flow: {storage for ... argument} = &{storage for 2.0}:
./fmt_verbs_other.go:23:47:     from 2.0 (spill) at ./fmt_verbs_other.go:23:47
./fmt_verbs_other.go:23:47:     from ... argument (slice-literal-element) at ./fmt_verbs_other.go:23:12
./fmt_verbs_other.go:23:47:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_other.go:23:47:     from ... argument (spill) at ./fmt_verbs_other.go:23:12
./fmt_verbs_other.go:23:47:     from fmt.Printf("%5.1f|%-7.3e|%+.2g\n", ... argument...) (call parameter) at ./fmt_verbs_other.go:23:12
./fmt_verbs_other.go:23:42: 2.0 escapes to heap:
./fmt_verbs_other.go:23:42:   flow: {storage for ... argument} = &{storage for 2.0}:
./fmt_verbs_other.go:23:42:     from 2.0 (spill) at ./fmt_verbs_other.go:23:42
./fmt_verbs_other.go:23:42:     from ... argument (slice-literal-element) at ./fmt_verbs_other.go:23:12
./fmt_verbs_other.go:23:42:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_other.go:23:42:     from ... argument (spill) at ./fmt_verbs_other.go:23:12
./fmt_verbs_other.go:23:42:     from fmt.Printf("%5.1f|%-7.3e|%+.2g\n", ... argument...) (call parameter) at ./fmt_verbs_other.go:23:12
./fmt_verbs_other.go:23:37: 2.0 escapes to heap:
./fmt_verbs_other.go:23:37:   flow: {storage for ... argument} = &{storage for 2.0}:
./fmt_verbs_other.go:23:37:     from 2.0 (spill) at ./fmt_verbs_other.go:23:37
./fmt_verbs_other.go:23:37:     from ... argument (slice-literal-element) at ./fmt_verbs_other.go:23:12
./fmt_verbs_other.go:23:37:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_other.go:23:37:     from ... argument (spill) at ./fmt_verbs_other.go:23:12
./fmt_verbs_other.go:23:37:     from fmt.Printf("%5.1f|%-7.3e|%+.2g\n", ... argument...) (call parameter) at ./fmt_verbs_other.go:23:12
./fmt_verbs_other.go:22:65: uint8(65) escapes to heap:
./fmt_verbs_other.go:22:65:   flow: {storage for ... argument} = &{storage for uint8(65)}:
./fmt_verbs_other.go:22:65:     from uint8(65) (spill) at ./fmt_verbs_other.go:22:65
./fmt_verbs_other.go:22:65:     from ... argument (slice-literal-element) at ./fmt_verbs_other.go:22:59
./fmt_verbs_other.go:22:65:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_other.go:22:65:     from ... argument (spill) at ./fmt_verbs_other.go:22:59
./fmt_verbs_other.go:22:65:     from fmt.Sprint(... argument...) (call parameter) at ./fmt_verbs_other.go:22:59
./fmt_verbs_other.go:22:59: fmt.Sprint(... argument...) escapes to heap:
./fmt_verbs_other.go:22:59:   flow: {storage for ... argument} = &{storage for fmt.Sprint(... argument...)}:
./fmt_verbs_other.go:22:59:     from fmt.Sprint(... argument...) (spill) at ./fmt_verbs_other.go:22:59
./fmt_verbs_other.go:22:59:     from ... argument (slice-literal-element) at ./fmt_verbs_other.go:22:12
./fmt_verbs_other.go:22:59:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_other.go:22:59:     from ... argument (spill) at ./fmt_verbs_other.go:22:12
./fmt_verbs_other.go:22:59:     from fmt.Printf("%v|%d|%s\n", ... argument...) (call parameter) at ./fmt_verbs_other.go:22:12
./fmt_verbs_other.go:22:43: uint8(65) escapes to heap:
./fmt_verbs_other.go:22:43:   flow: {storage for ... argument} = &{storage for uint8(65)}:
./fmt_verbs_other.go:22:43:     from uint8(65) (spill) at ./fmt_verbs_other.go:22:43
./fmt_verbs_other.go:22:43:     from ... argument (slice-literal-element) at ./fmt_verbs_other.go:22:12
./fmt_verbs_other.go:22:43:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_other.go:22:43:     from ... argument (spill) at ./fmt_verbs_other.go:22:12
./fmt_verbs_other.go:22:43:     from fmt.Printf("%v|%d|%s\n", ... argument...) (call parameter) at ./fmt_verbs_other.go:22:12
./fmt_verbs_other.go:22:32: uint8(65) escapes to heap:
./fmt_verbs_other.go:22:32:   flow: {storage for ... argument} = &{storage for uint8(65)}:
./fmt_verbs_other.go:22:32:     from uint8(65) (spill) at ./fmt_verbs_other.go:22:32
./fmt_verbs_other.go:22:32:     from ... argument (slice-literal-element) at ./fmt_verbs_other.go:22:12
./fmt_verbs_other.go:22:32:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_other.go:22:32:     from ... argument (spill) at ./fmt_verbs_other.go:22:12
./fmt_verbs_other.go:22:32:     from fmt.Printf("%v|%d|%s\n", ... argument...) (call parameter) at ./fmt_verbs_other.go:22:12
./fmt_verbs_other.go:21:13: x escapes to heap:
./fmt_verbs_other.go:21:13:   flow: {storage for ... argument} = &{storage for x}:
./fmt_verbs_other.go:21:13:     from x (spill) at ./fmt_verbs_other.go:21:13
./fmt_verbs_other.go:21:13:     from ... argument (slice-literal-element) at ./fmt_verbs_other.go:21:12
./fmt_verbs_other.go:21:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_other.go:21:13:     from ... argument (spill) at ./fmt_verbs_other.go:21:12
./fmt_verbs_other.go:21:13:     from fmt.Printf("%d %x %c %q %U %b %o\n", ... argument...) (call parameter) at ./fmt_verbs_other.go:21:12
./fmt_verbs_other.go:21:13: x escapes to heap:
./fmt_verbs_other.go:21:13:   flow: {storage for ... argument} = &{storage for x}:
./fmt_verbs_other.go:21:13:     from x (spill) at ./fmt_verbs_other.go:21:13
./fmt_verbs_other.go:21:13:     from ... argument (slice-literal-element) at ./fmt_verbs_other.go:21:12
./fmt_verbs_other.go:21:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_other.go:21:13:     from ... argument (spill) at ./fmt_verbs_other.go:21:12
./fmt_verbs_other.go:21:13:     from fmt.Printf("%d %x %c %q %U %b %o\n", ... argument...) (call parameter) at ./fmt_verbs_other.go:21:12
./fmt_verbs_other.go:21:13: x escapes to heap:
./fmt_verbs_other.go:21:13:   flow: {storage for ... argument} = &{storage for x}:
./fmt_verbs_other.go:21:13:     from x (spill) at ./fmt_verbs_other.go:21:13
./fmt_verbs_other.go:21:13:     from ... argument (slice-literal-element) at ./fmt_verbs_other.go:21:12
./fmt_verbs_other.go:21:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_other.go:21:13:     from ... argument (spill) at ./fmt_verbs_other.go:21:12
./fmt_verbs_other.go:21:13:     from fmt.Printf("%d %x %c %q %U %b %o\n", ... argument...) (call parameter) at ./fmt_verbs_other.go:21:12
./fmt_verbs_other.go:21:13: x escapes to heap:
./fmt_verbs_other.go:21:13:   flow: {storage for ... argument} = &{storage for x}:
./fmt_verbs_other.go:21:13:     from x (spill) at ./fmt_verbs_other.go:21:13
./fmt_verbs_other.go:21:13:     from ... argument (slice-literal-element) at ./fmt_verbs_other.go:21:12
./fmt_verbs_other.go:21:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_other.go:21:13:     from ... argument (spill) at ./fmt_verbs_other.go:21:12
./fmt_verbs_other.go:21:13:     from fmt.Printf("%d %x %c %q %U %b %o\n", ... argument...) (call parameter) at ./fmt_verbs_other.go:21:12
./fmt_verbs_other.go:21:13: x escapes to heap:
./fmt_verbs_other.go:21:13:   flow: {storage for ... argument} = &{storage for x}:
./fmt_verbs_other.go:21:13:     from x (spill) at ./fmt_verbs_other.go:21:13
./fmt_verbs_other.go:21:13:     from ... argument (slice-literal-element) at ./fmt_verbs_other.go:21:12
./fmt_verbs_other.go:21:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_other.go:21:13:     from ... argument (spill) at ./fmt_verbs_other.go:21:12
./fmt_verbs_other.go:21:13:     from fmt.Printf("%d %x %c %q %U %b %o\n", ... argument...) (call parameter) at ./fmt_verbs_other.go:21:12
./fmt_verbs_other.go:21:13: x escapes to heap:
./fmt_verbs_other.go:21:13:   flow: {storage for ... argument} = &{storage for x}:
./fmt_verbs_other.go:21:13:     from x (spill) at ./fmt_verbs_other.go:21:13
./fmt_verbs_other.go:21:13:     from ... argument (slice-literal-element) at ./fmt_verbs_other.go:21:12
./fmt_verbs_other.go:21:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_other.go:21:13:     from ... argument (spill) at ./fmt_verbs_other.go:21:12
./fmt_verbs_other.go:21:13:     from fmt.Printf("%d %x %c %q %U %b %o\n", ... argument...) (call parameter) at ./fmt_verbs_other.go:21:12
./fmt_verbs_other.go:21:13: x escapes to heap:
./fmt_verbs_other.go:21:13:   flow: {storage for ... argument} = &{storage for x}:
./fmt_verbs_other.go:21:13:     from x (spill) at ./fmt_verbs_other.go:21:13
./fmt_verbs_other.go:21:13:     from ... argument (slice-literal-element) at ./fmt_verbs_other.go:21:12
./fmt_verbs_other.go:21:13:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_other.go:21:13:     from ... argument (spill) at ./fmt_verbs_other.go:21:12
./fmt_verbs_other.go:21:13:     from fmt.Printf("%d %x %c %q %U %b %o\n", ... argument...) (call parameter) at ./fmt_verbs_other.go:21:12
./fmt_verbs_other.go:19:35: '!' escapes to heap:
./fmt_verbs_other.go:19:35:   flow: {storage for ... argument} = &{storage for '!'}:
./fmt_verbs_other.go:19:35:     from '!' (spill) at ./fmt_verbs_other.go:19:35
./fmt_verbs_other.go:19:35:     from ... argument (slice-literal-element) at ./fmt_verbs_other.go:19:12
./fmt_verbs_other.go:19:35:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_other.go:19:35:     from ... argument (spill) at ./fmt_verbs_other.go:19:12
./fmt_verbs_other.go:19:35:     from fmt.Printf("%c%c%c\n", ... argument...) (call parameter) at ./fmt_verbs_other.go:19:12
./fmt_verbs_other.go:19:30: 'o' escapes to heap:
./fmt_verbs_other.go:19:30:   flow: {storage for ... argument} = &{storage for 'o'}:
./fmt_verbs_other.go:19:30:     from 'o' (spill) at ./fmt_verbs_other.go:19:30
./fmt_verbs_other.go:19:30:     from ... argument (slice-literal-element) at ./fmt_verbs_other.go:19:12
./fmt_verbs_other.go:19:30:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_other.go:19:30:     from ... argument (spill) at ./fmt_verbs_other.go:19:12
./fmt_verbs_other.go:19:30:     from fmt.Printf("%c%c%c\n", ... argument...) (call parameter) at ./fmt_verbs_other.go:19:12
./fmt_verbs_other.go:19:25: 'G' escapes to heap:
./fmt_verbs_other.go:19:25:   flow: {storage for ... argument} = &{storage for 'G'}:
./fmt_verbs_other.go:19:25:     from 'G' (spill) at ./fmt_verbs_other.go:19:25
./fmt_verbs_other.go:19:25:     from ... argument (slice-literal-element) at ./fmt_verbs_other.go:19:12
./fmt_verbs_other.go:19:25:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_other.go:19:25:     from ... argument (spill) at ./fmt_verbs_other.go:19:12
./fmt_verbs_other.go:19:25:     from fmt.Printf("%c%c%c\n", ... argument...) (call parameter) at ./fmt_verbs_other.go:19:12
./fmt_verbs_other.go:18:45: true escapes to heap:
./fmt_verbs_other.go:18:45:   flow: {storage for ... argument} = &{storage for true}:
./fmt_verbs_other.go:18:45:     from true (spill) at ./fmt_verbs_other.go:18:45
./fmt_verbs_other.go:18:45:     from ... argument (slice-literal-element) at ./fmt_verbs_other.go:18:12
./fmt_verbs_other.go:18:45:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_other.go:18:45:     from ... argument (spill) at ./fmt_verbs_other.go:18:12
./fmt_verbs_other.go:18:45:     from fmt.Printf("%s=%d, %s=%t\n", ... argument...) (call parameter) at ./fmt_verbs_other.go:18:12
./fmt_verbs_other.go:18:39: "ok" escapes to heap:
./fmt_verbs_other.go:18:39:   flow: {storage for ... argument} = &{storage for "ok"}:
./fmt_verbs_other.go:18:39:     from "ok" (spill) at ./fmt_verbs_other.go:18:39
./fmt_verbs_other.go:18:39:     from ... argument (slice-literal-element) at ./fmt_verbs_other.go:18:12
./fmt_verbs_other.go:18:39:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_other.go:18:39:     from ... argument (spill) at ./fmt_verbs_other.go:18:12
./fmt_verbs_other.go:18:39:     from fmt.Printf("%s=%d, %s=%t\n", ... argument...) (call parameter) at ./fmt_verbs_other.go:18:12
./fmt_verbs_other.go:18:36: 3 escapes to heap:
./fmt_verbs_other.go:18:36:   flow: {storage for ... argument} = &{storage for 3}:
./fmt_verbs_other.go:18:36:     from 3 (spill) at ./fmt_verbs_other.go:18:36
./fmt_verbs_other.go:18:36:     from ... argument (slice-literal-element) at ./fmt_verbs_other.go:18:12
./fmt_verbs_other.go:18:36:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_other.go:18:36:     from ... argument (spill) at ./fmt_verbs_other.go:18:12
./fmt_verbs_other.go:18:36:     from fmt.Printf("%s=%d, %s=%t\n", ... argument...) (call parameter) at ./fmt_verbs_other.go:18:12
./fmt_verbs_other.go:18:31: "n" escapes to heap:
./fmt_verbs_other.go:18:31:   flow: {storage for ... argument} = &{storage for "n"}:
./fmt_verbs_other.go:18:31:     from "n" (spill) at ./fmt_verbs_other.go:18:31
./fmt_verbs_other.go:18:31:     from ... argument (slice-literal-element) at ./fmt_verbs_other.go:18:12
./fmt_verbs_other.go:18:31:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_other.go:18:31:     from ... argument (spill) at ./fmt_verbs_other.go:18:12
./fmt_verbs_other.go:18:31:     from fmt.Printf("%s=%d, %s=%t\n", ... argument...) (call parameter) at ./fmt_verbs_other.go:18:12
./fmt_verbs_other.go:17:23: 50 escapes to heap:
./fmt_verbs_other.go:17:23:   flow: {storage for ... argument} = &{storage for 50}:
./fmt_verbs_other.go:17:23:     from 50 (spill) at ./fmt_verbs_other.go:17:23
./fmt_verbs_other.go:17:23:     from ... argument (slice-literal-element) at ./fmt_verbs_other.go:17:12
./fmt_verbs_other.go:17:23:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_other.go:17:23:     from ... argument (spill) at ./fmt_verbs_other.go:17:12
./fmt_verbs_other.go:17:23:     from fmt.Printf("%d%%\n", ... argument...) (call parameter) at ./fmt_verbs_other.go:17:12
./fmt_verbs_other.go:14:55: 'c' escapes to heap:
./fmt_verbs_other.go:14:55:   flow: {storage for ... argument} = &{storage for 'c'}:
./fmt_verbs_other.go:14:55:     from 'c' (spill) at ./fmt_verbs_other.go:14:55
./fmt_verbs_other.go:14:55:     from ... argument (slice-literal-element) at ./fmt_verbs_other.go:14:12
./fmt_verbs_other.go:14:55:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_other.go:14:55:     from ... argument (spill) at ./fmt_verbs_other.go:14:12
./fmt_verbs_other.go:14:55:     from fmt.Printf("%v %v %v %v %v\n", ... argument...) (call parameter) at ./fmt_verbs_other.go:14:12
./fmt_verbs_other.go:14:48: "str" escapes to heap:
./fmt_verbs_other.go:14:48:   flow: {storage for ... argument} = &{storage for "str"}:
./fmt_verbs_other.go:14:48:     from "str" (spill) at ./fmt_verbs_other.go:14:48
./fmt_verbs_other.go:14:48:     from ... argument (slice-literal-element) at ./fmt_verbs_other.go:14:12
./fmt_verbs_other.go:14:48:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_other.go:14:48:     from ... argument (spill) at ./fmt_verbs_other.go:14:12
./fmt_verbs_other.go:14:48:     from fmt.Printf("%v %v %v %v %v\n", ... argument...) (call parameter) at ./fmt_verbs_other.go:14:12
./fmt_verbs_other.go:14:43: 4.5 escapes to heap:
./fmt_verbs_other.go:14:43:   flow: {storage for ... argument} = &{storage for 4.5}:
./fmt_verbs_other.go:14:43:     from 4.5 (spill) at ./fmt_verbs_other.go:14:43
./fmt_verbs_other.go:14:43:     from ... argument (slice-literal-element) at ./fmt_verbs_other.go:14:12
./fmt_verbs_other.go:14:43:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_other.go:14:43:     from ... argument (spill) at ./fmt_verbs_other.go:14:12
./fmt_verbs_other.go:14:43:     from fmt.Printf("%v %v %v %v %v\n", ... argument...) (call parameter) at ./fmt_verbs_other.go:14:12
./fmt_verbs_other.go:14:39: 42 escapes to heap:
./fmt_verbs_other.go:14:39:   flow: {storage for ... argument} = &{storage for 42}:
./fmt_verbs_other.go:14:39:     from 42 (spill) at ./fmt_verbs_other.go:14:39
./fmt_verbs_other.go:14:39:     from ... argument (slice-literal-element) at ./fmt_verbs_other.go:14:12
./fmt_verbs_other.go:14:39:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_other.go:14:39:     from ... argument (spill) at ./fmt_verbs_other.go:14:12
./fmt_verbs_other.go:14:39:     from fmt.Printf("%v %v %v %v %v\n", ... argument...) (call parameter) at ./fmt_verbs_other.go:14:12
./fmt_verbs_other.go:14:33: true escapes to heap:
./fmt_verbs_other.go:14:33:   flow: {storage for ... argument} = &{storage for true}:
./fmt_verbs_other.go:14:33:     from true (spill) at ./fmt_verbs_other.go:14:33
./fmt_verbs_other.go:14:33:     from ... argument (slice-literal-element) at ./fmt_verbs_other.go:14:12
./fmt_verbs_other.go:14:33:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_other.go:14:33:     from ... argument (spill) at ./fmt_verbs_other.go:14:12
./fmt_verbs_other.go:14:33:     from fmt.Printf("%v %v %v %v %v\n", ... argument...) (call parameter) at ./fmt_verbs_other.go:14:12
./fmt_verbs_other.go:13:34: "x" escapes to heap:
./fmt_verbs_other.go:13:34:   flow: {storage for ... argument} = &{storage for "x"}:
./fmt_verbs_other.go:13:34:     from "x" (spill) at ./fmt_verbs_other.go:13:34
./fmt_verbs_other.go:13:34:     from ... argument (slice-literal-element) at ./fmt_verbs_other.go:13:12
./fmt_verbs_other.go:13:34:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_other.go:13:34:     from ... argument (spill) at ./fmt_verbs_other.go:13:12
./fmt_verbs_other.go:13:34:     from fmt.Printf("|%10T|%-10T|\n", ... argument...) (call parameter) at ./fmt_verbs_other.go:13:12
./fmt_verbs_other.go:13:31: 1 escapes to heap:
./fmt_verbs_other.go:13:31:   flow: {storage for ... argument} = &{storage for 1}:
./fmt_verbs_other.go:13:31:     from 1 (spill) at ./fmt_verbs_other.go:13:31
./fmt_verbs_other.go:13:31:     from ... argument (slice-literal-element) at ./fmt_verbs_other.go:13:12
./fmt_verbs_other.go:13:31:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_other.go:13:31:     from ... argument (spill) at ./fmt_verbs_other.go:13:12
./fmt_verbs_other.go:13:31:     from fmt.Printf("|%10T|%-10T|\n", ... argument...) (call parameter) at ./fmt_verbs_other.go:13:12
./fmt_verbs_other.go:12:80: rune('r') escapes to heap:
./fmt_verbs_other.go:12:80:   flow: {storage for ... argument} = &{storage for rune('r')}:
./fmt_verbs_other.go:12:80:     from rune('r') (spill) at ./fmt_verbs_other.go:12:80
./fmt_verbs_other.go:12:80:     from ... argument (slice-literal-element) at ./fmt_verbs_other.go:12:12
./fmt_verbs_other.go:12:80:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_other.go:12:80:     from ... argument (spill) at ./fmt_verbs_other.go:12:12
./fmt_verbs_other.go:12:80:     from fmt.Printf("%T %T %T %T %T %T\n", ... argument...) (call parameter) at ./fmt_verbs_other.go:12:12
./fmt_verbs_other.go:12:69: byte('b') escapes to heap:
./fmt_verbs_other.go:12:69:   flow: {storage for ... argument} = &{storage for byte('b')}:
./fmt_verbs_other.go:12:69:     from byte('b') (spill) at ./fmt_verbs_other.go:12:69
./fmt_verbs_other.go:12:69:     from ... argument (slice-literal-element) at ./fmt_verbs_other.go:12:12
./fmt_verbs_other.go:12:69:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_other.go:12:69:     from ... argument (spill) at ./fmt_verbs_other.go:12:12
./fmt_verbs_other.go:12:69:     from fmt.Printf("%T %T %T %T %T %T\n", ... argument...) (call parameter) at ./fmt_verbs_other.go:12:12
./fmt_verbs_other.go:12:60: 'r' escapes to heap:
./fmt_verbs_other.go:12:60:   flow: {storage for ... argument} = &{storage for 'r'}:
./fmt_verbs_other.go:12:60:     from 'r' (spill) at ./fmt_verbs_other.go:12:60
./fmt_verbs_other.go:12:60:     from ... argument (slice-literal-element) at ./fmt_verbs_other.go:12:12
./fmt_verbs_other.go:12:60:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_other.go:12:60:     from ... argument (spill) at ./fmt_verbs_other.go:12:12
./fmt_verbs_other.go:12:60:     from fmt.Printf("%T %T %T %T %T %T\n", ... argument...) (call parameter) at ./fmt_verbs_other.go:12:12
./fmt_verbs_other.go:12:55: "s" escapes to heap:
./fmt_verbs_other.go:12:55:   flow: {storage for ... argument} = &{storage for "s"}:
./fmt_verbs_other.go:12:55:     from "s" (spill) at ./fmt_verbs_other.go:12:55
./fmt_verbs_other.go:12:55:     from ... argument (slice-literal-element) at ./fmt_verbs_other.go:12:12
./fmt_verbs_other.go:12:55:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_other.go:12:55:     from ... argument (spill) at ./fmt_verbs_other.go:12:12
./fmt_verbs_other.go:12:55:     from fmt.Printf("%T %T %T %T %T %T\n", ... argument...) (call parameter) at ./fmt_verbs_other.go:12:12
./fmt_verbs_other.go:12:48: float32(1.5) escapes to heap:
./fmt_verbs_other.go:12:48:   flow: {storage for ... argument} = &{storage for float32(1.5)}:
./fmt_verbs_other.go:12:48:     from float32(1.5) (spill) at ./fmt_verbs_other.go:12:48
./fmt_verbs_other.go:12:48:     from ... argument (slice-literal-element) at ./fmt_verbs_other.go:12:12
./fmt_verbs_other.go:12:48:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_other.go:12:48:     from ... argument (spill) at ./fmt_verbs_other.go:12:12
./fmt_verbs_other.go:12:48:     from fmt.Printf("%T %T %T %T %T %T\n", ... argument...) (call parameter) at ./fmt_verbs_other.go:12:12
./fmt_verbs_other.go:12:36: 1.5 escapes to heap:
./fmt_verbs_other.go:12:36:   flow: {storage for ... argument} = &{storage for 1.5}:
./fmt_verbs_other.go:12:36:     from 1.5 (spill) at ./fmt_verbs_other.go:12:36
./fmt_verbs_other.go:12:36:     from ... argument (slice-literal-element) at ./fmt_verbs_other.go:12:12
./fmt_verbs_other.go:12:36:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_other.go:12:36:     from ... argument (spill) at ./fmt_verbs_other.go:12:12
./fmt_verbs_other.go:12:36:     from fmt.Printf("%T %T %T %T %T %T\n", ... argument...) (call parameter) at ./fmt_verbs_other.go:12:12
./fmt_verbs_other.go:11:95: uintptr(1) escapes to heap:
./fmt_verbs_other.go:11:95:   flow: {storage for ... argument} = &{storage for uintptr(1)}:
./fmt_verbs_other.go:11:95:     from uintptr(1) (spill) at ./fmt_verbs_other.go:11:95
./fmt_verbs_other.go:11:95:     from ... argument (slice-literal-element) at ./fmt_verbs_other.go:11:12
./fmt_verbs_other.go:11:95:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_other.go:11:95:     from ... argument (spill) at ./fmt_verbs_other.go:11:12
./fmt_verbs_other.go:11:95:     from fmt.Printf("%T %T %T %T %T %T\n", ... argument...) (call parameter) at ./fmt_verbs_other.go:11:12
./fmt_verbs_other.go:11:83: uint64(1) escapes to heap:
./fmt_verbs_other.go:11:83:   flow: {storage for ... argument} = &{storage for uint64(1)}:
./fmt_verbs_other.go:11:83:     from uint64(1) (spill) at ./fmt_verbs_other.go:11:83
./fmt_verbs_other.go:11:83:     from ... argument (slice-literal-element) at ./fmt_verbs_other.go:11:12
./fmt_verbs_other.go:11:83:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_other.go:11:83:     from ... argument (spill) at ./fmt_verbs_other.go:11:12
./fmt_verbs_other.go:11:83:     from fmt.Printf("%T %T %T %T %T %T\n", ... argument...) (call parameter) at ./fmt_verbs_other.go:11:12
./fmt_verbs_other.go:11:72: uint32(1) escapes to heap:
./fmt_verbs_other.go:11:72:   flow: {storage for ... argument} = &{storage for uint32(1)}:
./fmt_verbs_other.go:11:72:     from uint32(1) (spill) at ./fmt_verbs_other.go:11:72
./fmt_verbs_other.go:11:72:     from ... argument (slice-literal-element) at ./fmt_verbs_other.go:11:12
./fmt_verbs_other.go:11:72:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_other.go:11:72:     from ... argument (spill) at ./fmt_verbs_other.go:11:12
./fmt_verbs_other.go:11:72:     from fmt.Printf("%T %T %T %T %T %T\n", ... argument...) (call parameter) at ./fmt_verbs_other.go:11:12
./fmt_verbs_other.go:11:61: uint16(1) escapes to heap:
./fmt_verbs_other.go:11:61:   flow: {storage for ... argument} = &{storage for uint16(1)}:
./fmt_verbs_other.go:11:61:     from uint16(1) (spill) at ./fmt_verbs_other.go:11:61
./fmt_verbs_other.go:11:61:     from ... argument (slice-literal-element) at ./fmt_verbs_other.go:11:12
./fmt_verbs_other.go:11:61:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_other.go:11:61:     from ... argument (spill) at ./fmt_verbs_other.go:11:12
./fmt_verbs_other.go:11:61:     from fmt.Printf("%T %T %T %T %T %T\n", ... argument...) (call parameter) at ./fmt_verbs_other.go:11:12
./fmt_verbs_other.go:11:50: uint8(1) escapes to heap:
./fmt_verbs_other.go:11:50:   flow: {storage for ... argument} = &{storage for uint8(1)}:
./fmt_verbs_other.go:11:50:     from uint8(1) (spill) at ./fmt_verbs_other.go:11:50
./fmt_verbs_other.go:11:50:     from ... argument (slice-literal-element) at ./fmt_verbs_other.go:11:12
./fmt_verbs_other.go:11:50:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_other.go:11:50:     from ... argument (spill) at ./fmt_verbs_other.go:11:12
./fmt_verbs_other.go:11:50:     from fmt.Printf("%T %T %T %T %T %T\n", ... argument...) (call parameter) at ./fmt_verbs_other.go:11:12
./fmt_verbs_other.go:11:40: uint(1) escapes to heap:
./fmt_verbs_other.go:11:40:   flow: {storage for ... argument} = &{storage for uint(1)}:
./fmt_verbs_other.go:11:40:     from uint(1) (spill) at ./fmt_verbs_other.go:11:40
./fmt_verbs_other.go:11:40:     from ... argument (slice-literal-element) at ./fmt_verbs_other.go:11:12
./fmt_verbs_other.go:11:40:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_other.go:11:40:     from ... argument (spill) at ./fmt_verbs_other.go:11:12
./fmt_verbs_other.go:11:40:     from fmt.Printf("%T %T %T %T %T %T\n", ... argument...) (call parameter) at ./fmt_verbs_other.go:11:12
./fmt_verbs_other.go:10:79: int64(1) escapes to heap:
./fmt_verbs_other.go:10:79:   flow: {storage for ... argument} = &{storage for int64(1)}:
./fmt_verbs_other.go:10:79:     from int64(1) (spill) at ./fmt_verbs_other.go:10:79
./fmt_verbs_other.go:10:79:     from ... argument (slice-literal-element) at ./fmt_verbs_other.go:10:12
./fmt_verbs_other.go:10:79:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_other.go:10:79:     from ... argument (spill) at ./fmt_verbs_other.go:10:12
./fmt_verbs_other.go:10:79:     from fmt.Printf("%T %T %T %T %T %T\n", ... argument...) (call parameter) at ./fmt_verbs_other.go:10:12
./fmt_verbs_other.go:10:69: int32(1) escapes to heap:
./fmt_verbs_other.go:10:69:   flow: {storage for ... argument} = &{storage for int32(1)}:
./fmt_verbs_other.go:10:69:     from int32(1) (spill) at ./fmt_verbs_other.go:10:69
./fmt_verbs_other.go:10:69:     from ... argument (slice-literal-element) at ./fmt_verbs_other.go:10:12
./fmt_verbs_other.go:10:69:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_other.go:10:69:     from ... argument (spill) at ./fmt_verbs_other.go:10:12
./fmt_verbs_other.go:10:69:     from fmt.Printf("%T %T %T %T %T %T\n", ... argument...) (call parameter) at ./fmt_verbs_other.go:10:12
./fmt_verbs_other.go:10:59: int16(1) escapes to heap:
./fmt_verbs_other.go:10:59:   flow: {storage for ... argument} = &{storage for int16(1)}:
./fmt_verbs_other.go:10:59:     from int16(1) (spill) at ./fmt_verbs_other.go:10:59
./fmt_verbs_other.go:10:59:     from ... argument (slice-literal-element) at ./fmt_verbs_other.go:10:12
./fmt_verbs_other.go:10:59:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_other.go:10:59:     from ... argument (spill) at ./fmt_verbs_other.go:10:12
./fmt_verbs_other.go:10:59:     from fmt.Printf("%T %T %T %T %T %T\n", ... argument...) (call parameter) at ./fmt_verbs_other.go:10:12
./fmt_verbs_other.go:10:49: int8(1) escapes to heap:
./fmt_verbs_other.go:10:49:   flow: {storage for ... argument} = &{storage for int8(1)}:
./fmt_verbs_other.go:10:49:     from int8(1) (spill) at ./fmt_verbs_other.go:10:49
./fmt_verbs_other.go:10:49:     from ... argument (slice-literal-element) at ./fmt_verbs_other.go:10:12
./fmt_verbs_other.go:10:49:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_other.go:10:49:     from ... argument (spill) at ./fmt_verbs_other.go:10:12
./fmt_verbs_other.go:10:49:     from fmt.Printf("%T %T %T %T %T %T\n", ... argument...) (call parameter) at ./fmt_verbs_other.go:10:12
./fmt_verbs_other.go:10:42: 1 escapes to heap:
./fmt_verbs_other.go:10:42:   flow: {storage for ... argument} = &{storage for 1}:
./fmt_verbs_other.go:10:42:     from 1 (spill) at ./fmt_verbs_other.go:10:42
./fmt_verbs_other.go:10:42:     from ... argument (slice-literal-element) at ./fmt_verbs_other.go:10:12
./fmt_verbs_other.go:10:42:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_other.go:10:42:     from ... argument (spill) at ./fmt_verbs_other.go:10:12
./fmt_verbs_other.go:10:42:     from fmt.Printf("%T %T %T %T %T %T\n", ... argument...) (call parameter) at ./fmt_verbs_other.go:10:12
./fmt_verbs_other.go:10:36: true escapes to heap:
./fmt_verbs_other.go:10:36:   flow: {storage for ... argument} = &{storage for true}:
./fmt_verbs_other.go:10:36:     from true (spill) at ./fmt_verbs_other.go:10:36
./fmt_verbs_other.go:10:36:     from ... argument (slice-literal-element) at ./fmt_verbs_other.go:10:12
./fmt_verbs_other.go:10:36:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_other.go:10:36:     from ... argument (spill) at ./fmt_verbs_other.go:10:12
./fmt_verbs_other.go:10:36:     from fmt.Printf("%T %T %T %T %T %T\n", ... argument...) (call parameter) at ./fmt_verbs_other.go:10:12
./fmt_verbs_other.go:9:64: true escapes to heap:
./fmt_verbs_other.go:9:64:   flow: {storage for ... argument} = &{storage for true}:
./fmt_verbs_other.go:9:64:     from true (spill) at ./fmt_verbs_other.go:9:64
./fmt_verbs_other.go:9:64:     from ... argument (slice-literal-element) at ./fmt_verbs_other.go:9:12
./fmt_verbs_other.go:9:64:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_other.go:9:64:     from ... argument (spill) at ./fmt_verbs_other.go:9:12
./fmt_verbs_other.go:9:64:     from fmt.Printf("|%t|%t|%6t|%-6t|%v|\n", ... argument...) (call parameter) at ./fmt_verbs_other.go:9:12
./fmt_verbs_other.go:9:57: false escapes to heap:
./fmt_verbs_other.go:9:57:   flow: {storage for ... argument} = &{storage for false}:
./fmt_verbs_other.go:9:57:     from false (spill) at ./fmt_verbs_other.go:9:57
./fmt_verbs_other.go:9:57:     from ... argument (slice-literal-element) at ./fmt_verbs_other.go:9:12
./fmt_verbs_other.go:9:57:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_other.go:9:57:     from ... argument (spill) at ./fmt_verbs_other.go:9:12
./fmt_verbs_other.go:9:57:     from fmt.Printf("|%t|%t|%6t|%-6t|%v|\n", ... argument...) (call parameter) at ./fmt_verbs_other.go:9:12
./fmt_verbs_other.go:9:51: true escapes to heap:
./fmt_verbs_other.go:9:51:   flow: {storage for ... argument} = &{storage for true}:
./fmt_verbs_other.go:9:51:     from true (spill) at ./fmt_verbs_other.go:9:51
./fmt_verbs_other.go:9:51:     from ... argument (slice-literal-element) at ./fmt_verbs_other.go:9:12
./fmt_verbs_other.go:9:51:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_other.go:9:51:     from ... argument (spill) at ./fmt_verbs_other.go:9:12
./fmt_verbs_other.go:9:51:     from fmt.Printf("|%t|%t|%6t|%-6t|%v|\n", ... argument...) (call parameter) at ./fmt_verbs_other.go:9:12
./fmt_verbs_other.go:9:44: false escapes to heap:
./fmt_verbs_other.go:9:44:   flow: {storage for ... argument} = &{storage for false}:
./fmt_verbs_other.go:9:44:     from false (spill) at ./fmt_verbs_other.go:9:44
./fmt_verbs_other.go:9:44:     from ... argument (slice-literal-element) at ./fmt_verbs_other.go:9:12
./fmt_verbs_other.go:9:44:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_other.go:9:44:     from ... argument (spill) at ./fmt_verbs_other.go:9:12
./fmt_verbs_other.go:9:44:     from fmt.Printf("|%t|%t|%6t|%-6t|%v|\n", ... argument...) (call parameter) at ./fmt_verbs_other.go:9:12
./fmt_verbs_other.go:9:38: true escapes to heap:
./fmt_verbs_other.go:9:38:   flow: {storage for ... argument} = &{storage for true}:
./fmt_verbs_other.go:9:38:     from true (spill) at ./fmt_verbs_other.go:9:38
./fmt_verbs_other.go:9:38:     from ... argument (slice-literal-element) at ./fmt_verbs_other.go:9:12
./fmt_verbs_other.go:9:38:   flow: {heap} = {storage for ... argument}:
./fmt_verbs_other.go:9:38:     from ... argument (spill) at ./fmt_verbs_other.go:9:12
./fmt_verbs_other.go:9:38:     from fmt.Printf("|%t|%t|%6t|%-6t|%v|\n", ... argument...) (call parameter) at ./fmt_verbs_other.go:9:12
./fmt_verbs_other.go:9:12: ... argument does not escape
./fmt_verbs_other.go:9:38: true escapes to heap
./fmt_verbs_other.go:9:44: false escapes to heap
./fmt_verbs_other.go:9:51: true escapes to heap
./fmt_verbs_other.go:9:57: false escapes to heap
./fmt_verbs_other.go:9:64: true escapes to heap
./fmt_verbs_other.go:10:12: ... argument does not escape
./fmt_verbs_other.go:10:36: true escapes to heap
./fmt_verbs_other.go:10:42: 1 escapes to heap
./fmt_verbs_other.go:10:49: int8(1) escapes to heap
./fmt_verbs_other.go:10:59: int16(1) escapes to heap
./fmt_verbs_other.go:10:69: int32(1) escapes to heap
./fmt_verbs_other.go:10:79: int64(1) escapes to heap
./fmt_verbs_other.go:11:12: ... argument does not escape
./fmt_verbs_other.go:11:40: uint(1) escapes to heap
./fmt_verbs_other.go:11:50: uint8(1) escapes to heap
./fmt_verbs_other.go:11:61: uint16(1) escapes to heap
./fmt_verbs_other.go:11:72: uint32(1) escapes to heap
./fmt_verbs_other.go:11:83: uint64(1) escapes to heap
./fmt_verbs_other.go:11:95: uintptr(1) escapes to heap
./fmt_verbs_other.go:12:12: ... argument does not escape
./fmt_verbs_other.go:12:36: 1.5 escapes to heap
./fmt_verbs_other.go:12:48: float32(1.5) escapes to heap
./fmt_verbs_other.go:12:55: "s" escapes to heap
./fmt_verbs_other.go:12:60: 'r' escapes to heap
./fmt_verbs_other.go:12:69: byte('b') escapes to heap
./fmt_verbs_other.go:12:80: rune('r') escapes to heap
./fmt_verbs_other.go:13:12: ... argument does not escape
./fmt_verbs_other.go:13:31: 1 escapes to heap
./fmt_verbs_other.go:13:34: "x" escapes to heap
./fmt_verbs_other.go:14:12: ... argument does not escape
./fmt_verbs_other.go:14:33: true escapes to heap
./fmt_verbs_other.go:14:39: 42 escapes to heap
./fmt_verbs_other.go:14:43: 4.5 escapes to heap
./fmt_verbs_other.go:14:48: "str" escapes to heap
./fmt_verbs_other.go:14:55: 'c' escapes to heap
./fmt_verbs_other.go:17:12: ... argument does not escape
./fmt_verbs_other.go:17:23: 50 escapes to heap
./fmt_verbs_other.go:18:12: ... argument does not escape
./fmt_verbs_other.go:18:31: "n" escapes to heap
./fmt_verbs_other.go:18:36: 3 escapes to heap
./fmt_verbs_other.go:18:39: "ok" escapes to heap
./fmt_verbs_other.go:18:45: true escapes to heap
./fmt_verbs_other.go:19:12: ... argument does not escape
./fmt_verbs_other.go:19:25: 'G' escapes to heap
./fmt_verbs_other.go:19:30: 'o' escapes to heap
./fmt_verbs_other.go:19:35: '!' escapes to heap
./fmt_verbs_other.go:21:12: ... argument does not escape
./fmt_verbs_other.go:21:13: x escapes to heap
./fmt_verbs_other.go:21:13: x escapes to heap
./fmt_verbs_other.go:21:13: x escapes to heap
./fmt_verbs_other.go:21:13: x escapes to heap
./fmt_verbs_other.go:21:13: x escapes to heap
./fmt_verbs_other.go:21:13: x escapes to heap
./fmt_verbs_other.go:21:13: x escapes to heap
./fmt_verbs_other.go:22:12: ... argument does not escape
./fmt_verbs_other.go:22:32: uint8(65) escapes to heap
./fmt_verbs_other.go:22:43: uint8(65) escapes to heap
./fmt_verbs_other.go:22:59: fmt.Sprint(... argument...) escapes to heap
./fmt_verbs_other.go:22:59: ... argument does not escape
./fmt_verbs_other.go:22:65: uint8(65) escapes to heap
./fmt_verbs_other.go:23:12: ... argument does not escape
./fmt_verbs_other.go:23:37: 2.0 escapes to heap
./fmt_verbs_other.go:23:42: 2.0 escapes to heap
./fmt_verbs_other.go:23:47: 2.0 escapes to heap
./fmt_verbs_other.go:24:12: ... argument does not escape
./fmt_verbs_other.go:24:28: 'a' escapes to heap
./fmt_verbs_other.go:24:33: 'b' escapes to heap
./fmt_verbs_other.go:25:12: ... argument does not escape
./fmt_verbs_other.go:25:40: -3.14159 escapes to heap
./fmt_verbs_other.go:25:50: 3.14159 escapes to heap
./fmt_verbs_other.go:25:59: 3.14159 escapes to heap
./fmt_verbs_other.go:26:12: ... argument does not escape
./fmt_verbs_other.go:26:24: "Hello" escapes to heap
./fmt_verbs_other.go:26:33: "Hello" escapes to heap
./fmt_verbs_other.go:27:11: ... argument does not escape
./fmt_verbs_other.go:27:23: fmt.Sprintf("%d items at %.2f = %.2f\n", ... argument...) escapes to heap
./fmt_verbs_other.go:27:23: ... argument does not escape
./fmt_verbs_other.go:27:53: 3 escapes to heap
./fmt_verbs_other.go:27:56: 1.5 escapes to heap
./fmt_verbs_other.go:27:62: 3 * 1.5 escapes to heap
