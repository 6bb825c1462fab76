./os_args.go:34:26: s[0] == 'w' escapes to heap:
./os_args.go:34:26:   flow: {storage for ... argument} = &{storage for s[0] == 'w'}:
./os_args.go:34:26:     from s[0] == 'w' (spill) at ./os_args.go:34:26
./os_args.go:34:26:     from ... argument (slice-literal-element) at ./os_args.go:34:13
./os_args.go:34:26:   flow: {heap} = {storage for ... argument}:
./os_args.go:34:26:     from ... argument (spill) at ./os_args.go:34:13
./os_args.go:34:26:     from fmt.Println(... argument...) (call parameter) at ./os_args.go:34:13
./os_args.go:34:15: s[1:] escapes to heap:
./os_args.go:34:15:   flow: {storage for ... argument} = &{storage for s[1:]}:
./os_args.go:34:15:     from s[1:] (spill) at ./os_args.go:34:15
./os_args.go:34:15:     from ... argument (slice-literal-element) at ./os_args.go:34:13
./os_args.go:34:15:   flow: {heap} = {storage for ... argument}:
./os_args.go:34:15:     from ... argument (spill) at ./os_args.go:34:13
./os_args.go:34:15:     from fmt.Println(... argument...) (call parameter) at ./os_args.go:34:13
./os_args.go:32:14: n escapes to heap:
./os_args.go:32:14:   flow: {storage for ... argument} = &{storage for n}:
./os_args.go:32:14:     from n (spill) at ./os_args.go:32:14
./os_args.go:32:14:     from ... argument (slice-literal-element) at ./os_args.go:32:13
./os_args.go:32:14:   flow: {heap} = {storage for ... argument}:
./os_args.go:32:14:     from ... argument (spill) at ./os_args.go:32:13
./os_args.go:32:14:     from fmt.Println(... argument...) (call parameter) at ./os_args.go:32:13
./os_args.go:32:14: "index sum:" escapes to heap:
./os_args.go:32:14:   flow: {storage for ... argument} = &{storage for "index sum:"}:
./os_args.go:32:14:     from "index sum:" (spill) at ./os_args.go:32:14
./os_args.go:32:14:     from ... argument (slice-literal-element) at ./os_args.go:32:13
./os_args.go:32:14:   flow: {heap} = {storage for ... argument}:
./os_args.go:32:14:     from ... argument (spill) at ./os_args.go:32:13
./os_args.go:32:14:     from fmt.Println(... argument...) (call parameter) at ./os_args.go:32:13
./os_args.go:27:14: total escapes to heap:
./os_args.go:27:14:   flow: {storage for ... argument} = &{storage for total}:
./os_args.go:27:14:     from total (spill) at ./os_args.go:27:14
./os_args.go:27:14:     from ... argument (slice-literal-element) at ./os_args.go:27:13
./os_args.go:27:14:   flow: {heap} = {storage for ... argument}:
./os_args.go:27:14:     from ... argument (spill) at ./os_args.go:27:13
./os_args.go:27:14:     from fmt.Println(... argument...) (call parameter) at ./os_args.go:27:13
./os_args.go:27:14: "total bytes:" escapes to heap:
./os_args.go:27:14:   flow: {storage for ... argument} = &{storage for "total bytes:"}:
./os_args.go:27:14:     from "total bytes:" (spill) at ./os_args.go:27:14
./os_args.go:27:14:     from ... argument (slice-literal-element) at ./os_args.go:27:13
./os_args.go:27:14:   flow: {heap} = {storage for ... argument}:
./os_args.go:27:14:     from ... argument (spill) at ./os_args.go:27:13
./os_args.go:27:14:     from fmt.Println(... argument...) (call parameter) at ./os_args.go:27:13
./os_args.go:20:47: os.Args[len(os.Args) - 1] escapes to heap:
./os_args.go:20:47:   flow: {storage for ... argument} = &{storage for os.Args[len(os.Args) - 1]}:
./os_args.go:20:47:     from os.Args[len(os.Args) - 1] (spill) at ./os_args.go:20:47
./os_args.go:20:47:     from ... argument (slice-literal-element) at ./os_args.go:20:13
./os_args.go:20:47:   flow: {heap} = {storage for ... argument}:
./os_args.go:20:47:     from ... argument (spill) at ./os_args.go:20:13
./os_args.go:20:47:     from fmt.Println(... argument...) (call parameter) at ./os_args.go:20:13
./os_args.go:20:31: "last:" escapes to heap:
./os_args.go:20:31:   flow: {storage for ... argument} = &{storage for "last:"}:
./os_args.go:20:31:     from "last:" (spill) at ./os_args.go:20:31
./os_args.go:20:31:     from ... argument (slice-literal-element) at ./os_args.go:20:13
./os_args.go:20:31:   flow: {heap} = {storage for ... argument}:
./os_args.go:20:31:     from ... argument (spill) at ./os_args.go:20:13
./os_args.go:20:31:     from fmt.Println(... argument...) (call parameter) at ./os_args.go:20:13
./os_args.go:20:14: first escapes to heap:
./os_args.go:20:14:   flow: {storage for ... argument} = &{storage for first}:
./os_args.go:20:14:     from first (spill) at ./os_args.go:20:14
./os_args.go:20:14:     from ... argument (slice-literal-element) at ./os_args.go:20:13
./os_args.go:20:14:   flow: {heap} = {storage for ... argument}:
./os_args.go:20:14:     from ... argument (spill) at ./os_args.go:20:13
./os_args.go:20:14:     from fmt.Println(... argument...) (call parameter) at ./os_args.go:20:13
./os_args.go:20:14: "first:" escapes to heap:
./os_args.go:20:14:   flow: {storage for ... argument} = &{storage for "first:"}:
./os_args.go:20:14:     from "first:" (spill) at ./os_args.go:20:14
./os_args.go:20:14:     from ... argument (slice-literal-element) at ./os_args.go:20:13
./os_args.go:20:14:   flow: {heap} = {storage for ... argument}:
./os_args.go:20:14:     from ... argument (spill) at ./os_args.go:20:13
./os_args.go:20:14:     from fmt.Println(... argument...) (call parameter) at ./os_args.go:20:13
./os_args.go:17:50: len(a) escapes to heap:
./os_args.go:17:50:   flow: {storage for ... argument} = &{storage for len(a)}:
./os_args.go:17:50:     from len(a) (spill) at ./os_args.go:17:50
./os_args.go:17:50:     from ... argument (slice-literal-element) at ./os_args.go:17:13
./os_args.go:17:50:   flow: {heap} = {storage for ... argument}:
./os_args.go:17:50:     from ... argument (spill) at ./os_args.go:17:13
./os_args.go:17:50:     from fmt.Printf("arg %d: %q (%d bytes)\n", ... argument...) (call parameter) at ./os_args.go:17:13
./os_args.go:17:14: a escapes to heap:
./os_args.go:17:14:   flow: {storage for ... argument} = &{storage for a}:
./os_args.go:17:14:     from a (spill) at ./os_args.go:17:14
./os_args.go:17:14:     from ... argument (slice-literal-element) at ./os_args.go:17:13
./os_args.go:17:14:   flow: {heap} = {storage for ... argument}:
./os_args.go:17:14:     from ... argument (spill) at ./os_args.go:17:13
./os_args.go:17:14:     from fmt.Printf("arg %d: %q (%d bytes)\n", ... argument...) (call parameter) at ./os_args.go:17:13
./os_args.go:17:14: i escapes to heap:
./os_args.go:17:14:   flow: {storage for ... argument} = &{storage for i}:
./os_args.go:17:14:     from i (spill) at ./os_args.go:17:14
./os_args.go:17:14:     from ... argument (slice-literal-element) at ./os_args.go:17:13
./os_args.go:17:14:   flow: {heap} = {storage for ... argument}:
./os_args.go:17:14:     from ... argument (spill) at ./os_args.go:17:13
./os_args.go:17:14:     from fmt.Printf("arg %d: %q (%d bytes)\n", ... argument...) (call parameter) at ./os_args.go:17:13
./os_args.go:12:26: len(os.Args) escapes to heap:
./os_args.go:12:26:   flow: {storage for ... argument} = &{storage for len(os.Args)}:
./os_args.go:12:26:     from len(os.Args) (spill) at ./os_args.go:12:26
./os_args.go:12:26:     from ... argument (slice-literal-element) at ./os_args.go:12:13
./os_args.go:12:26:   flow: {heap} = {storage for ... argument}:
./os_args.go:12:26:     from ... argument (spill) at ./os_args.go:12:13
./os_args.go:12:26:     from fmt.Println(... argument...) (call parameter) at ./os_args.go:12:13
./os_args.go:12:14: "argc:" escapes to heap:
./os_args.go:12:14:   flow: {storage for ... argument} = &{storage for "argc:"}:
./os_args.go:12:14:     from "argc:" (spill) at ./os_args.go:12:14
./os_args.go:12:14:     from ... argument (slice-literal-element) at ./os_args.go:12:13
./os_args.go:12:14:   flow: {heap} = {storage for ... argument}:
./os_args.go:12:14:     from ... argument (spill) at ./os_args.go:12:13
./os_args.go:12:14:     from fmt.Println(... argument...) (call parameter) at ./os_args.go:12:13
./os_args.go:12:13: ... argument does not escape
./os_args.go:12:14: "argc:" escapes to heap
./os_args.go:12:26: len(os.Args) escapes to heap
./os_args.go:17:13: ... argument does not escape
./os_args.go:17:14: i escapes to heap
./os_args.go:17:14: a escapes to heap
./os_args.go:17:50: len(a) escapes to heap
./os_args.go:20:13: ... argument does not escape
./os_args.go:20:14: "first:" escapes to heap
./os_args.go:20:14: first escapes to heap
./os_args.go:20:31: "last:" escapes to heap
./os_args.go:20:47: os.Args[len(os.Args) - 1] escapes to heap
./os_args.go:27:13: ... argument does not escape
./os_args.go:27:14: "total bytes:" escapes to heap
./os_args.go:27:14: total escapes to heap
./os_args.go:32:13: ... argument does not escape
./os_args.go:32:14: "index sum:" escapes to heap
./os_args.go:32:14: n escapes to heap
./os_args.go:34:13: ... argument does not escape
./os_args.go:34:15: s[1:] escapes to heap
./os_args.go:34:26: s[0] == 'w' escapes to heap
