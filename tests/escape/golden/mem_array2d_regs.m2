./mem_array2d_regs.go:30:18: g[i][j] escapes to heap:
./mem_array2d_regs.go:30:18:   flow: {storage for ... argument} = &{storage for g[i][j]}:
./mem_array2d_regs.go:30:18:     from g[i][j] (spill) at ./mem_array2d_regs.go:30:18
./mem_array2d_regs.go:30:18:     from ... argument (slice-literal-element) at ./mem_array2d_regs.go:30:13
./mem_array2d_regs.go:30:18:   flow: {heap} = {storage for ... argument}:
./mem_array2d_regs.go:30:18:     from ... argument (spill) at ./mem_array2d_regs.go:30:13
./mem_array2d_regs.go:30:18:     from fmt.Println(... argument...) (call parameter) at ./mem_array2d_regs.go:30:13
./mem_array2d_regs.go:28:37: cs[k].Tag escapes to heap:
./mem_array2d_regs.go:28:37:   flow: {storage for ... argument} = &{storage for cs[k].Tag}:
./mem_array2d_regs.go:28:37:     from cs[k].Tag (spill) at ./mem_array2d_regs.go:28:37
./mem_array2d_regs.go:28:37:     from ... argument (slice-literal-element) at ./mem_array2d_regs.go:28:13
./mem_array2d_regs.go:28:37:   flow: {heap} = {storage for ... argument}:
./mem_array2d_regs.go:28:37:     from ... argument (spill) at ./mem_array2d_regs.go:28:13
./mem_array2d_regs.go:28:37:     from fmt.Println(... argument...) (call parameter) at ./mem_array2d_regs.go:28:13
./mem_array2d_regs.go:28:28: cs[k].B escapes to heap:
./mem_array2d_regs.go:28:28:   flow: {storage for ... argument} = &{storage for cs[k].B}:
./mem_array2d_regs.go:28:28:     from cs[k].B (spill) at ./mem_array2d_regs.go:28:28
./mem_array2d_regs.go:28:28:     from ... argument (slice-literal-element) at ./mem_array2d_regs.go:28:13
./mem_array2d_regs.go:28:28:   flow: {heap} = {storage for ... argument}:
./mem_array2d_regs.go:28:28:     from ... argument (spill) at ./mem_array2d_regs.go:28:13
./mem_array2d_regs.go:28:28:     from fmt.Println(... argument...) (call parameter) at ./mem_array2d_regs.go:28:13
./mem_array2d_regs.go:28:19: cs[k].A escapes to heap:
./mem_array2d_regs.go:28:19:   flow: {storage for ... argument} = &{storage for cs[k].A}:
./mem_array2d_regs.go:28:19:     from cs[k].A (spill) at ./mem_array2d_regs.go:28:19
./mem_array2d_regs.go:28:19:     from ... argument (slice-literal-element) at ./mem_array2d_regs.go:28:13
./mem_array2d_regs.go:28:19:   flow: {heap} = {storage for ... argument}:
./mem_array2d_regs.go:28:19:     from ... argument (spill) at ./mem_array2d_regs.go:28:13
./mem_array2d_regs.go:28:19:     from fmt.Println(... argument...) (call parameter) at ./mem_array2d_regs.go:28:13
./mem_array2d_regs.go:25:13: cs escapes to heap:
./mem_array2d_regs.go:25:13:   flow: {storage for ... argument} = &{storage for cs}:
./mem_array2d_regs.go:25:13:     from cs (spill) at ./mem_array2d_regs.go:25:13
./mem_array2d_regs.go:25:13:     from ... argument (slice-literal-element) at ./mem_array2d_regs.go:25:13
./mem_array2d_regs.go:25:13:   flow: {heap} = {storage for ... argument}:
./mem_array2d_regs.go:25:13:     from ... argument (spill) at ./mem_array2d_regs.go:25:13
./mem_array2d_regs.go:25:13:     from fmt.Println(... argument...) (call parameter) at ./mem_array2d_regs.go:25:13
./mem_array2d_regs.go:23:26: i escapes to heap:
./mem_array2d_regs.go:23:26:   flow: {storage for ... argument} = &{storage for i}:
./mem_array2d_regs.go:23:26:     from i (spill) at ./mem_array2d_regs.go:23:26
./mem_array2d_regs.go:23:26:     from ... argument (slice-literal-element) at ./mem_array2d_regs.go:23:25
./mem_array2d_regs.go:23:26:   flow: {heap} = {storage for ... argument}:
./mem_array2d_regs.go:23:26:     from ... argument (spill) at ./mem_array2d_regs.go:23:25
./mem_array2d_regs.go:23:26:     from fmt.Sprint(... argument...) (call parameter) at ./mem_array2d_regs.go:23:25
./mem_array2d_regs.go:23:26: "t" escapes to heap:
./mem_array2d_regs.go:23:26:   flow: {storage for ... argument} = &{storage for "t"}:
./mem_array2d_regs.go:23:26:     from "t" (spill) at ./mem_array2d_regs.go:23:26
./mem_array2d_regs.go:23:26:     from ... argument (slice-literal-element) at ./mem_array2d_regs.go:23:25
./mem_array2d_regs.go:23:26:   flow: {heap} = {storage for ... argument}:
./mem_array2d_regs.go:23:26:     from ... argument (spill) at ./mem_array2d_regs.go:23:25
./mem_array2d_regs.go:23:26:     from fmt.Sprint(... argument...) (call parameter) at ./mem_array2d_regs.go:23:25
./mem_array2d_regs.go:18:40: len(g[0]) escapes to heap:
./mem_array2d_regs.go:18:40:   flow: {storage for ... argument} = &{storage for len(g[0])}:
./mem_array2d_regs.go:18:40:     from len(g[0]) (spill) at ./mem_array2d_regs.go:18:40
./mem_array2d_regs.go:18:40:     from ... argument (slice-literal-element) at ./mem_array2d_regs.go:18:13
./mem_array2d_regs.go:18:40:   flow: {heap} = {storage for ... argument}:
./mem_array2d_regs.go:18:40:     from ... argument (spill) at ./mem_array2d_regs.go:18:13
./mem_array2d_regs.go:18:40:     from fmt.Println(... argument...) (call parameter) at ./mem_array2d_regs.go:18:13
./mem_array2d_regs.go:18:32: len(g) escapes to heap:
./mem_array2d_regs.go:18:32:   flow: {storage for ... argument} = &{storage for len(g)}:
./mem_array2d_regs.go:18:32:     from len(g) (spill) at ./mem_array2d_regs.go:18:32
./mem_array2d_regs.go:18:32:     from ... argument (slice-literal-element) at ./mem_array2d_regs.go:18:13
./mem_array2d_regs.go:18:32:   flow: {heap} = {storage for ... argument}:
./mem_array2d_regs.go:18:32:     from ... argument (spill) at ./mem_array2d_regs.go:18:13
./mem_array2d_regs.go:18:32:     from fmt.Println(... argument...) (call parameter) at ./mem_array2d_regs.go:18:13
./mem_array2d_regs.go:18:24: g[2] escapes to heap:
./mem_array2d_regs.go:18:24:   flow: {storage for ... argument} = &{storage for g[2]}:
./mem_array2d_regs.go:18:24:     from g[2] (spill) at ./mem_array2d_regs.go:18:24
./mem_array2d_regs.go:18:24:     from ... argument (slice-literal-element) at ./mem_array2d_regs.go:18:13
./mem_array2d_regs.go:18:24:   flow: {heap} = {storage for ... argument}:
./mem_array2d_regs.go:18:24:     from ... argument (spill) at ./mem_array2d_regs.go:18:13
./mem_array2d_regs.go:18:24:     from fmt.Println(... argument...) (call parameter) at ./mem_array2d_regs.go:18:13
./mem_array2d_regs.go:18:18: g[4][6] escapes to heap:
./mem_array2d_regs.go:18:18:   flow: {storage for ... argument} = &{storage for g[4][6]}:
./mem_array2d_regs.go:18:18:     from g[4][6] (spill) at ./mem_array2d_regs.go:18:18
./mem_array2d_regs.go:18:18:     from ... argument (slice-literal-element) at ./mem_array2d_regs.go:18:13
./mem_array2d_regs.go:18:18:   flow: {heap} = {storage for ... argument}:
./mem_array2d_regs.go:18:18:     from ... argument (spill) at ./mem_array2d_regs.go:18:13
./mem_array2d_regs.go:18:18:     from fmt.Println(... argument...) (call parameter) at ./mem_array2d_regs.go:18:13
./mem_array2d_regs.go:18:13: ... argument does not escape
./mem_array2d_regs.go:18:18: g[4][6] escapes to heap
./mem_array2d_regs.go:18:24: g[2] escapes to heap
./mem_array2d_regs.go:18:32: len(g) escapes to heap
./mem_array2d_regs.go:18:40: len(g[0]) escapes to heap
./mem_array2d_regs.go:23:25: ... argument does not escape
./mem_array2d_regs.go:23:26: "t" escapes to heap
./mem_array2d_regs.go:23:26: i escapes to heap
./mem_array2d_regs.go:25:13: ... argument does not escape
./mem_array2d_regs.go:25:13: cs escapes to heap
./mem_array2d_regs.go:28:13: ... argument does not escape
./mem_array2d_regs.go:28:19: cs[k].A escapes to heap
./mem_array2d_regs.go:28:28: cs[k].B escapes to heap
./mem_array2d_regs.go:28:37: cs[k].Tag escapes to heap
./mem_array2d_regs.go:30:13: ... argument does not escape
./mem_array2d_regs.go:30:18: g[i][j] escapes to heap
