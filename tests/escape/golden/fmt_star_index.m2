./fmt_star_index.go:17:43: 3 escapes to heap:
./fmt_star_index.go:17:43:   flow: {storage for ... argument} = &{storage for 3}:
./fmt_star_index.go:17:43:     from 3 (spill) at ./fmt_star_index.go:17:43
./fmt_star_index.go:17:43:     from ... argument (slice-literal-element) at ./fmt_star_index.go:17:12
./fmt_star_index.go:17:43:   flow: {heap} = {storage for ... argument}:
./fmt_star_index.go:17:43:     from ... argument (spill) at ./fmt_star_index.go:17:12
./fmt_star_index.go:17:43:     from fmt.Printf("%[0]d %[x]d %[2]*[1]d\n", ... argument...) (call parameter) at ./fmt_star_index.go:17:12
./fmt_star_index.go:17:40: 7 escapes to heap:
./fmt_star_index.go:17:40:   flow: {storage for ... argument} = &{storage for 7}:
./fmt_star_index.go:17:40:     from 7 (spill) at ./fmt_star_index.go:17:40
./fmt_star_index.go:17:40:     from ... argument (slice-literal-element) at ./fmt_star_index.go:17:12
./fmt_star_index.go:17:40:   flow: {heap} = {storage for ... argument}:
./fmt_star_index.go:17:40:     from ... argument (spill) at ./fmt_star_index.go:17:12
./fmt_star_index.go:17:40:     from fmt.Printf("%[0]d %[x]d %[2]*[1]d\n", ... argument...) (call parameter) at ./fmt_star_index.go:17:12
./fmt_star_index.go:16:36: 2 escapes to heap:
./fmt_star_index.go:16:36:   flow: {storage for ... argument} = &{storage for 2}:
./fmt_star_index.go:16:36:     from 2 (spill) at ./fmt_star_index.go:16:36
./fmt_star_index.go:16:36:     from ... argument (slice-literal-element) at ./fmt_star_index.go:16:12
./fmt_star_index.go:16:36:   flow: {heap} = {storage for ... argument}:
./fmt_star_index.go:16:36:     from ... argument (spill) at ./fmt_star_index.go:16:12
./fmt_star_index.go:16:36:     from fmt.Printf("%d %d %[1]d %d\n", ... argument...) (call parameter) at ./fmt_star_index.go:16:12
./fmt_star_index.go:16:33: 1 escapes to heap:
./fmt_star_index.go:16:33:   flow: {storage for ... argument} = &{storage for 1}:
./fmt_star_index.go:16:33:     from 1 (spill) at ./fmt_star_index.go:16:33
./fmt_star_index.go:16:33:     from ... argument (slice-literal-element) at ./fmt_star_index.go:16:12
./fmt_star_index.go:16:33:   flow: {heap} = {storage for ... argument}:
./fmt_star_index.go:16:33:     from ... argument (spill) at ./fmt_star_index.go:16:12
./fmt_star_index.go:16:33:     from fmt.Printf("%d %d %[1]d %d\n", ... argument...) (call parameter) at ./fmt_star_index.go:16:12
./fmt_star_index.go:15:42: 65 escapes to heap:
./fmt_star_index.go:15:42:   flow: {storage for ... argument} = &{storage for 65}:
./fmt_star_index.go:15:42:     from 65 (spill) at ./fmt_star_index.go:15:42
./fmt_star_index.go:15:42:     from ... argument (slice-literal-element) at ./fmt_star_index.go:15:12
./fmt_star_index.go:15:42:   flow: {heap} = {storage for ... argument}:
./fmt_star_index.go:15:42:     from ... argument (spill) at ./fmt_star_index.go:15:12
./fmt_star_index.go:15:42:     from fmt.Printf("%[1]d %[1]x %[1]o %[1]q\n", ... argument...) (call parameter) at ./fmt_star_index.go:15:12
./fmt_star_index.go:14:27: 2 escapes to heap:
./fmt_star_index.go:14:27:   flow: {storage for ... argument} = &{storage for 2}:
./fmt_star_index.go:14:27:     from 2 (spill) at ./fmt_star_index.go:14:27
./fmt_star_index.go:14:27:     from ... argument (slice-literal-element) at ./fmt_star_index.go:14:12
./fmt_star_index.go:14:27:   flow: {heap} = {storage for ... argument}:
./fmt_star_index.go:14:27:     from ... argument (spill) at ./fmt_star_index.go:14:12
./fmt_star_index.go:14:27:     from fmt.Printf("%[3]d\n", ... argument...) (call parameter) at ./fmt_star_index.go:14:12
./fmt_star_index.go:14:24: 1 escapes to heap:
./fmt_star_index.go:14:24:   flow: {storage for ... argument} = &{storage for 1}:
./fmt_star_index.go:14:24:     from 1 (spill) at ./fmt_star_index.go:14:24
./fmt_star_index.go:14:24:     from ... argument (slice-literal-element) at ./fmt_star_index.go:14:12
./fmt_star_index.go:14:24:   flow: {heap} = {storage for ... argument}:
./fmt_star_index.go:14:24:     from ... argument (spill) at ./fmt_star_index.go:14:12
./fmt_star_index.go:14:24:     from fmt.Printf("%[3]d\n", ... argument...) (call parameter) at ./fmt_star_index.go:14:12
./fmt_star_index.go:13:33: 2 escapes to heap:
./fmt_star_index.go:13:33:   flow: {storage for ... argument} = &{storage for 2}:
./fmt_star_index.go:13:33:     from 2 (spill) at ./fmt_star_index.go:13:33
./fmt_star_index.go:13:33:     from ... argument (slice-literal-element) at ./fmt_star_index.go:13:12
./fmt_star_index.go:13:33:   flow: {heap} = {storage for ... argument}:
./fmt_star_index.go:13:33:     from ... argument (spill) at ./fmt_star_index.go:13:12
./fmt_star_index.go:13:33:     from fmt.Printf("%[2]d %[1]d\n", ... argument...) (call parameter) at ./fmt_star_index.go:13:12
./fmt_star_index.go:13:30: 1 escapes to heap:
./fmt_star_index.go:13:30:   flow: {storage for ... argument} = &{storage for 1}:
./fmt_star_index.go:13:30:     from 1 (spill) at ./fmt_star_index.go:13:30
./fmt_star_index.go:13:30:     from ... argument (slice-literal-element) at ./fmt_star_index.go:13:12
./fmt_star_index.go:13:30:   flow: {heap} = {storage for ... argument}:
./fmt_star_index.go:13:30:     from ... argument (spill) at ./fmt_star_index.go:13:12
./fmt_star_index.go:13:30:     from fmt.Printf("%[2]d %[1]d\n", ... argument...) (call parameter) at ./fmt_star_index.go:13:12
./fmt_star_index.go:12:34: 1 escapes to heap:
./fmt_star_index.go:12:34:   flow: {storage for ... argument} = &{storage for 1}:
./fmt_star_index.go:12:34:     from 1 (spill) at ./fmt_star_index.go:12:34
./fmt_star_index.go:12:34:     from ... argument (slice-literal-element) at ./fmt_star_index.go:12:12
./fmt_star_index.go:12:34:   flow: {heap} = {storage for ... argument}:
./fmt_star_index.go:12:34:     from ... argument (spill) at ./fmt_star_index.go:12:12
./fmt_star_index.go:12:34:     from fmt.Printf("|%*d|\n", ... argument...) (call parameter) at ./fmt_star_index.go:12:12
./fmt_star_index.go:12:24: 10000000 escapes to heap:
./fmt_star_index.go:12:24:   flow: {storage for ... argument} = &{storage for 10000000}:
./fmt_star_index.go:12:24:     from 10000000 (spill) at ./fmt_star_index.go:12:24
./fmt_star_index.go:12:24:     from ... argument (slice-literal-element) at ./fmt_star_index.go:12:12
./fmt_star_index.go:12:24:   flow: {heap} = {storage for ... argument}:
./fmt_star_index.go:12:24:     from ... argument (spill) at ./fmt_star_index.go:12:12
./fmt_star_index.go:12:24:     from fmt.Printf("|%*d|\n", ... argument...) (call parameter) at ./fmt_star_index.go:12:12
./fmt_star_index.go:11:42: 2 escapes to heap:
./fmt_star_index.go:11:42:   flow: {storage for ... argument} = &{storage for 2}:
./fmt_star_index.go:11:42:     from 2 (spill) at ./fmt_star_index.go:11:42
./fmt_star_index.go:11:42:     from ... argument (slice-literal-element) at ./fmt_star_index.go:11:12
./fmt_star_index.go:11:42:   flow: {heap} = {storage for ... argument}:
./fmt_star_index.go:11:42:     from ... argument (spill) at ./fmt_star_index.go:11:12
./fmt_star_index.go:11:42:     from fmt.Printf("|%*d|%.*d|\n", ... argument...) (call parameter) at ./fmt_star_index.go:11:12
./fmt_star_index.go:11:37: "p" escapes to heap:
./fmt_star_index.go:11:37:   flow: {storage for ... argument} = &{storage for "p"}:
./fmt_star_index.go:11:37:     from "p" (spill) at ./fmt_star_index.go:11:37
./fmt_star_index.go:11:37:     from ... argument (slice-literal-element) at ./fmt_star_index.go:11:12
./fmt_star_index.go:11:37:   flow: {heap} = {storage for ... argument}:
./fmt_star_index.go:11:37:     from ... argument (spill) at ./fmt_star_index.go:11:12
./fmt_star_index.go:11:37:     from fmt.Printf("|%*d|%.*d|\n", ... argument...) (call parameter) at ./fmt_star_index.go:11:12
./fmt_star_index.go:11:34: 1 escapes to heap:
./fmt_star_index.go:11:34:   flow: {storage for ... argument} = &{storage for 1}:
./fmt_star_index.go:11:34:     from 1 (spill) at ./fmt_star_index.go:11:34
./fmt_star_index.go:11:34:     from ... argument (slice-literal-element) at ./fmt_star_index.go:11:12
./fmt_star_index.go:11:34:   flow: {heap} = {storage for ... argument}:
./fmt_star_index.go:11:34:     from ... argument (spill) at ./fmt_star_index.go:11:12
./fmt_star_index.go:11:34:     from fmt.Printf("|%*d|%.*d|\n", ... argument...) (call parameter) at ./fmt_star_index.go:11:12
./fmt_star_index.go:11:29: "w" escapes to heap:
./fmt_star_index.go:11:29:   flow: {storage for ... argument} = &{storage for "w"}:
./fmt_star_index.go:11:29:     from "w" (spill) at ./fmt_star_index.go:11:29
./fmt_star_index.go:11:29:     from ... argument (slice-literal-element) at ./fmt_star_index.go:11:12
./fmt_star_index.go:11:29:   flow: {heap} = {storage for ... argument}:
./fmt_star_index.go:11:29:     from ... argument (spill) at ./fmt_star_index.go:11:12
./fmt_star_index.go:11:29:     from fmt.Printf("|%*d|%.*d|\n", ... argument...) (call parameter) at ./fmt_star_index.go:11:12
./fmt_star_index.go:10:29: 3 escapes to heap:
./fmt_star_index.go:10:29:   flow: {storage for ... argument} = &{storage for 3}:
./fmt_star_index.go:10:29:     from 3 (spill) at ./fmt_star_index.go:10:29
./fmt_star_index.go:10:29:     from ... argument (slice-literal-element) at ./fmt_star_index.go:10:12
./fmt_star_index.go:10:29:   flow: {heap} = {storage for ... argument}:
./fmt_star_index.go:10:29:     from ... argument (spill) at ./fmt_star_index.go:10:12
./fmt_star_index.go:10:29:     from fmt.Printf("|%.*d|%*d|\n", ... argument...) (call parameter) at ./fmt_star_index.go:10:12
./fmt_star_index.go:9:28: 42 escapes to heap:
./fmt_star_index.go:9:28:   flow: {storage for ... argument} = &{storage for 42}:
./fmt_star_index.go:9:28:     from 42 (spill) at ./fmt_star_index.go:9:28
./fmt_star_index.go:9:28:     from ... argument (slice-literal-element) at ./fmt_star_index.go:9:12
./fmt_star_index.go:9:28:   flow: {heap} = {storage for ... argument}:
./fmt_star_index.go:9:28:     from ... argument (spill) at ./fmt_star_index.go:9:12
./fmt_star_index.go:9:28:     from fmt.Printf("|%*d|\n", ... argument...) (call parameter) at ./fmt_star_index.go:9:12
./fmt_star_index.go:9:24: -5 escapes to heap:
./fmt_star_index.go:9:24:   flow: {storage for ... argument} = &{storage for -5}:
./fmt_star_index.go:9:24:     from -5 (spill) at ./fmt_star_index.go:9:24
./fmt_star_index.go:9:24:     from ... argument (slice-literal-element) at ./fmt_star_index.go:9:12
./fmt_star_index.go:9:24:   flow: {heap} = {storage for ... argument}:
./fmt_star_index.go:9:24:     from ... argument (spill) at ./fmt_star_index.go:9:12
./fmt_star_index.go:9:24:     from fmt.Printf("|%*d|\n", ... argument...) (call parameter) at ./fmt_star_index.go:9:12
./fmt_star_index.go:8:72: 3.14159 escapes to heap:
./fmt_star_index.go:8:72:   flow: {storage for ... argument} = &{storage for 3.14159}:
./fmt_star_index.go:8:72:     from 3.14159 (spill) at ./fmt_star_index.go:8:72
./fmt_star_index.go:8:72:     from ... argument (slice-literal-element) at ./fmt_star_index.go:8:12
./fmt_star_index.go:8:72:   flow: {heap} = {storage for ... argument}:
./fmt_star_index.go:8:72:     from ... argument (spill) at ./fmt_star_index.go:8:12
./fmt_star_index.go:8:72:     from fmt.Printf("|%*d|%-*d|%.*f|%*.*f|\n", ... argument...) (call parameter) at ./fmt_star_index.go:8:12
./fmt_star_index.go:8:69: 3 escapes to heap:
./fmt_star_index.go:8:69:   flow: {storage for ... argument} = &{storage for 3}:
./fmt_star_index.go:8:69:     from 3 (spill) at ./fmt_star_index.go:8:69
./fmt_star_index.go:8:69:     from ... argument (slice-literal-element) at ./fmt_star_index.go:8:12
./fmt_star_index.go:8:69:   flow: {heap} = {storage for ... argument}:
./fmt_star_index.go:8:69:     from ... argument (spill) at ./fmt_star_index.go:8:12
./fmt_star_index.go:8:69:     from fmt.Printf("|%*d|%-*d|%.*f|%*.*f|\n", ... argument...) (call parameter) at ./fmt_star_index.go:8:12
./fmt_star_index.go:8:66: 8 escapes to heap:
./fmt_star_index.go:8:66:   flow: {storage for ... argument} = &{storage for 8}:
./fmt_star_index.go:8:66:     from 8 (spill) at ./fmt_star_index.go:8:66
./fmt_star_index.go:8:66:     from ... argument (slice-literal-element) at ./fmt_star_index.go:8:12
./fmt_star_index.go:8:66:   flow: {heap} = {storage for ... argument}:
./fmt_star_index.go:8:66:     from ... argument (spill) at ./fmt_star_index.go:8:12
./fmt_star_index.go:8:66:     from fmt.Printf("|%*d|%-*d|%.*f|%*.*f|\n", ... argument...) (call parameter) at ./fmt_star_index.go:8:12
./fmt_star_index.go:8:57: 3.14159 escapes to heap:
./fmt_star_index.go:8:57:   flow: {storage for ... argument} = &{storage for 3.14159}:
./fmt_star_index.go:8:57:     from 3.14159 (spill) at ./fmt_star_index.go:8:57
./fmt_star_index.go:8:57:     from ... argument (slice-literal-element) at ./fmt_star_index.go:8:12
./fmt_star_index.go:8:57:   flow: {heap} = {storage for ... argument}:
./fmt_star_index.go:8:57:     from ... argument (spill) at ./fmt_star_index.go:8:12
./fmt_star_index.go:8:57:     from fmt.Printf("|%*d|%-*d|%.*f|%*.*f|\n", ... argument...) (call parameter) at ./fmt_star_index.go:8:12
./fmt_star_index.go:8:54: 2 escapes to heap:
./fmt_star_index.go:8:54:   flow: {storage for ... argument} = &{storage for 2}:
./fmt_star_index.go:8:54:     from 2 (spill) at ./fmt_star_index.go:8:54
./fmt_star_index.go:8:54:     from ... argument (slice-literal-element) at ./fmt_star_index.go:8:12
./fmt_star_index.go:8:54:   flow: {heap} = {storage for ... argument}:
./fmt_star_index.go:8:54:     from ... argument (spill) at ./fmt_star_index.go:8:12
./fmt_star_index.go:8:54:     from fmt.Printf("|%*d|%-*d|%.*f|%*.*f|\n", ... argument...) (call parameter) at ./fmt_star_index.go:8:12
./fmt_star_index.go:8:50: 42 escapes to heap:
./fmt_star_index.go:8:50:   flow: {storage for ... argument} = &{storage for 42}:
./fmt_star_index.go:8:50:     from 42 (spill) at ./fmt_star_index.go:8:50
./fmt_star_index.go:8:50:     from ... argument (slice-literal-element) at ./fmt_star_index.go:8:12
./fmt_star_index.go:8:50:   flow: {heap} = {storage for ... argument}:
./fmt_star_index.go:8:50:     from ... argument (spill) at ./fmt_star_index.go:8:12
./fmt_star_index.go:8:50:     from fmt.Printf("|%*d|%-*d|%.*f|%*.*f|\n", ... argument...) (call parameter) at ./fmt_star_index.go:8:12
./fmt_star_index.go:8:47: 5 escapes to heap:
./fmt_star_index.go:8:47:   flow: {storage for ... argument} = &{storage for 5}:
./fmt_star_index.go:8:47:     from 5 (spill) at ./fmt_star_index.go:8:47
./fmt_star_index.go:8:47:     from ... argument (slice-literal-element) at ./fmt_star_index.go:8:12
./fmt_star_index.go:8:47:   flow: {heap} = {storage for ... argument}:
./fmt_star_index.go:8:47:     from ... argument (spill) at ./fmt_star_index.go:8:12
./fmt_star_index.go:8:47:     from fmt.Printf("|%*d|%-*d|%.*f|%*.*f|\n", ... argument...) (call parameter) at ./fmt_star_index.go:8:12
./fmt_star_index.go:8:43: 42 escapes to heap:
./fmt_star_index.go:8:43:   flow: {storage for ... argument} = &{storage for 42}:
./fmt_star_index.go:8:43:     from 42 (spill) at ./fmt_star_index.go:8:43
./fmt_star_index.go:8:43:     from ... argument (slice-literal-element) at ./fmt_star_index.go:8:12
./fmt_star_index.go:8:43:   flow: {heap} = {storage for ... argument}:
./fmt_star_index.go:8:43:     from ... argument (spill) at ./fmt_star_index.go:8:12
./fmt_star_index.go:8:43:     from fmt.Printf("|%*d|%-*d|%.*f|%*.*f|\n", ... argument...) (call parameter) at ./fmt_star_index.go:8:12
./fmt_star_index.go:8:40: 5 escapes to heap:
./fmt_star_index.go:8:40:   flow: {storage for ... argument} = &{storage for 5}:
./fmt_star_index.go:8:40:     from 5 (spill) at ./fmt_star_index.go:8:40
./fmt_star_index.go:8:40:     from ... argument (slice-literal-element) at ./fmt_star_index.go:8:12
./fmt_star_index.go:8:40:   flow: {heap} = {storage for ... argument}:
./fmt_star_index.go:8:40:     from ... argument (spill) at ./fmt_star_index.go:8:12
./fmt_star_index.go:8:40:     from fmt.Printf("|%*d|%-*d|%.*f|%*.*f|\n", ... argument...) (call parameter) at ./fmt_star_index.go:8:12
./fmt_star_index.go:8:12: ... argument does not escape
./fmt_star_index.go:8:40: 5 escapes to heap
./fmt_star_index.go:8:43: 42 escapes to heap
./fmt_star_index.go:8:47: 5 escapes to heap
./fmt_star_index.go:8:50: 42 escapes to heap
./fmt_star_index.go:8:54: 2 escapes to heap
./fmt_star_index.go:8:57: 3.14159 escapes to heap
./fmt_star_index.go:8:66: 8 escapes to heap
./fmt_star_index.go:8:69: 3 escapes to heap
./fmt_star_index.go:8:72: 3.14159 escapes to heap
./fmt_star_index.go:9:12: ... argument does not escape
./fmt_star_index.go:9:24: -5 escapes to heap
./fmt_star_index.go:9:28: 42 escapes to heap
./fmt_star_index.go:10:12: ... argument does not escape
./fmt_star_index.go:10:29: 3 escapes to heap
./fmt_star_index.go:11:12: ... argument does not escape
./fmt_star_index.go:11:29: "w" escapes to heap
./fmt_star_index.go:11:34: 1 escapes to heap
./fmt_star_index.go:11:37: "p" escapes to heap
./fmt_star_index.go:11:42: 2 escapes to heap
./fmt_star_index.go:12:12: ... argument does not escape
./fmt_star_index.go:12:24: 10000000 escapes to heap
./fmt_star_index.go:12:34: 1 escapes to heap
./fmt_star_index.go:13:12: ... argument does not escape
./fmt_star_index.go:13:30: 1 escapes to heap
./fmt_star_index.go:13:33: 2 escapes to heap
./fmt_star_index.go:14:12: ... argument does not escape
./fmt_star_index.go:14:24: 1 escapes to heap
./fmt_star_index.go:14:27: 2 escapes to heap
./fmt_star_index.go:15:12: ... argument does not escape
./fmt_star_index.go:15:42: 65 escapes to heap
./fmt_star_index.go:16:12: ... argument does not escape
./fmt_star_index.go:16:33: 1 escapes to heap
./fmt_star_index.go:16:36: 2 escapes to heap
./fmt_star_index.go:17:12: ... argument does not escape
./fmt_star_index.go:17:40: 7 escapes to heap
./fmt_star_index.go:17:43: 3 escapes to heap
