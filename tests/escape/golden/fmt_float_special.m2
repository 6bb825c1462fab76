./fmt_float_special.go:19:38: 5e-324 escapes to heap:
./fmt_float_special.go:19:38:   flow: {storage for ... argument} = &{storage for 5e-324}:
./fmt_float_special.go:19:38:     from 5e-324 (spill) at ./fmt_float_special.go:19:38
./fmt_float_special.go:19:38:     from ... argument (slice-literal-element) at ./fmt_float_special.go:19:12
./fmt_float_special.go:19:38:   flow: {heap} = {storage for ... argument}:
./fmt_float_special.go:19:38:     from ... argument (spill) at ./fmt_float_special.go:19:12
./fmt_float_special.go:19:38:     from fmt.Printf("|%f|%.320f|\n", ... argument...) (call parameter) at ./fmt_float_special.go:19:12
./fmt_float_special.go:19:30: 5e-324 escapes to heap:
./fmt_float_special.go:19:30:   flow: {storage for ... argument} = &{storage for 5e-324}:
./fmt_float_special.go:19:30:     from 5e-324 (spill) at ./fmt_float_special.go:19:30
./fmt_float_special.go:19:30:     from ... argument (slice-literal-element) at ./fmt_float_special.go:19:12
./fmt_float_special.go:19:30:   flow: {heap} = {storage for ... argument}:
./fmt_float_special.go:19:30:     from ... argument (spill) at ./fmt_float_special.go:19:12
./fmt_float_special.go:19:30:     from fmt.Printf("|%f|%.320f|\n", ... argument...) (call parameter) at ./fmt_float_special.go:19:12
./fmt_float_special.go:18:37: 0.1 escapes to heap:
./fmt_float_special.go:18:37:   flow: {storage for ... argument} = &{storage for 0.1}:
./fmt_float_special.go:18:37:     from 0.1 (spill) at ./fmt_float_special.go:18:37
./fmt_float_special.go:18:37:     from ... argument (slice-literal-element) at ./fmt_float_special.go:18:12
./fmt_float_special.go:18:37:   flow: {heap} = {storage for ... argument}:
./fmt_float_special.go:18:37:     from ... argument (spill) at ./fmt_float_special.go:18:12
./fmt_float_special.go:18:37:     from fmt.Printf("|%.30f|%.25e|\n", ... argument...) (call parameter) at ./fmt_float_special.go:18:12
./fmt_float_special.go:18:32: 0.1 escapes to heap:
./fmt_float_special.go:18:32:   flow: {storage for ... argument} = &{storage for 0.1}:
./fmt_float_special.go:18:32:     from 0.1 (spill) at ./fmt_float_special.go:18:32
./fmt_float_special.go:18:32:     from ... argument (slice-literal-element) at ./fmt_float_special.go:18:12
./fmt_float_special.go:18:32:   flow: {heap} = {storage for ... argument}:
./fmt_float_special.go:18:32:     from ... argument (spill) at ./fmt_float_special.go:18:12
./fmt_float_special.go:18:32:     from fmt.Printf("|%.30f|%.25e|\n", ... argument...) (call parameter) at ./fmt_float_special.go:18:12
./fmt_float_special.go:17:35: 1e23 escapes to heap:
./fmt_float_special.go:17:35:   flow: {storage for ... argument} = &{storage for 1e23}:
./fmt_float_special.go:17:35:     from 1e23 (spill) at ./fmt_float_special.go:17:35
./fmt_float_special.go:17:35:     from ... argument (slice-literal-element) at ./fmt_float_special.go:17:12
./fmt_float_special.go:17:35:   flow: {heap} = {storage for ... argument}:
./fmt_float_special.go:17:35:     from ... argument (spill) at ./fmt_float_special.go:17:12
./fmt_float_special.go:17:35:     from fmt.Printf("|%f|%.3f|\n", ... argument...) (call parameter) at ./fmt_float_special.go:17:12
./fmt_float_special.go:17:28: 1e300 escapes to heap:
./fmt_float_special.go:17:28:   flow: {storage for ... argument} = &{storage for 1e300}:
./fmt_float_special.go:17:28:     from 1e300 (spill) at ./fmt_float_special.go:17:28
./fmt_float_special.go:17:28:     from ... argument (slice-literal-element) at ./fmt_float_special.go:17:12
./fmt_float_special.go:17:28:   flow: {heap} = {storage for ... argument}:
./fmt_float_special.go:17:28:     from ... argument (spill) at ./fmt_float_special.go:17:12
./fmt_float_special.go:17:28:     from fmt.Printf("|%f|%.3f|\n", ... argument...) (call parameter) at ./fmt_float_special.go:17:12
./fmt_float_special.go:15:13: zero escapes to heap:
./fmt_float_special.go:15:13:   flow: {storage for ... argument} = &{storage for zero}:
./fmt_float_special.go:15:13:     from zero (spill) at ./fmt_float_special.go:15:13
./fmt_float_special.go:15:13:     from ... argument (slice-literal-element) at ./fmt_float_special.go:15:12
./fmt_float_special.go:15:13:   flow: {heap} = {storage for ... argument}:
./fmt_float_special.go:15:13:     from ... argument (spill) at ./fmt_float_special.go:15:12
./fmt_float_special.go:15:13:     from fmt.Printf("|%f|%.0f|%e|%g|%v|%+v|\n", ... argument...) (call parameter) at ./fmt_float_special.go:15:12
./fmt_float_special.go:15:13: negz escapes to heap:
./fmt_float_special.go:15:13:   flow: {storage for ... argument} = &{storage for negz}:
./fmt_float_special.go:15:13:     from negz (spill) at ./fmt_float_special.go:15:13
./fmt_float_special.go:15:13:     from ... argument (slice-literal-element) at ./fmt_float_special.go:15:12
./fmt_float_special.go:15:13:   flow: {heap} = {storage for ... argument}:
./fmt_float_special.go:15:13:     from ... argument (spill) at ./fmt_float_special.go:15:12
./fmt_float_special.go:15:13:     from fmt.Printf("|%f|%.0f|%e|%g|%v|%+v|\n", ... argument...) (call parameter) at ./fmt_float_special.go:15:12
./fmt_float_special.go:15:13: negz escapes to heap:
./fmt_float_special.go:15:13:   flow: {storage for ... argument} = &{storage for negz}:
./fmt_float_special.go:15:13:     from negz (spill) at ./fmt_float_special.go:15:13
./fmt_float_special.go:15:13:     from ... argument (slice-literal-element) at ./fmt_float_special.go:15:12
./fmt_float_special.go:15:13:   flow: {heap} = {storage for ... argument}:
./fmt_float_special.go:15:13:     from ... argument (spill) at ./fmt_float_special.go:15:12
./fmt_float_special.go:15:13:     from fmt.Printf("|%f|%.0f|%e|%g|%v|%+v|\n", ... argument...) (call parameter) at ./fmt_float_special.go:15:12
./fmt_float_special.go:15:13: negz escapes to heap:
./fmt_float_special.go:15:13:   flow: {storage for ... argument} = &{storage for negz}:
./fmt_float_special.go:15:13:     from negz (spill) at ./fmt_float_special.go:15:13
./fmt_float_special.go:15:13:     from ... argument (slice-literal-element) at ./fmt_float_special.go:15:12
./fmt_float_special.go:15:13:   flow: {heap} = {storage for ... argument}:
./fmt_float_special.go:15:13:     from ... argument (spill) at ./fmt_float_special.go:15:12
./fmt_float_special.go:15:13:     from fmt.Printf("|%f|%.0f|%e|%g|%v|%+v|\n", ... argument...) (call parameter) at ./fmt_float_special.go:15:12
./fmt_float_special.go:15:13: negz escapes to heap:
./fmt_float_special.go:15:13:   flow: {storage for ... argument} = &{storage for negz}:
./fmt_float_special.go:15:13:     from negz (spill) at ./fmt_float_special.go:15:13
./fmt_float_special.go:15:13:     from ... argument (slice-literal-element) at ./fmt_float_special.go:15:12
./fmt_float_special.go:15:13:   flow: {heap} = {storage for ... argument}:
./fmt_float_special.go:15:13:     from ... argument (spill) at ./fmt_float_special.go:15:12
./fmt_float_special.go:15:13:     from fmt.Printf("|%f|%.0f|%e|%g|%v|%+v|\n", ... argument...) (call parameter) at ./fmt_float_special.go:15:12
./fmt_float_special.go:15:13: negz escapes to heap:
./fmt_float_special.go:15:13:   flow: {storage for ... argument} = &{storage for negz}:
./fmt_float_special.go:15:13:     from negz (spill) at ./fmt_float_special.go:15:13
./fmt_float_special.go:15:13:     from ... argument (slice-literal-element) at ./fmt_float_special.go:15:12
./fmt_float_special.go:15:13:   flow: {heap} = {storage for ... argument}:
./fmt_float_special.go:15:13:     from ... argument (spill) at ./fmt_float_special.go:15:12
./fmt_float_special.go:15:13:     from fmt.Printf("|%f|%.0f|%e|%g|%v|%+v|\n", ... argument...) (call parameter) at ./fmt_float_special.go:15:12
./fmt_float_special.go:13:13: ninf escapes to heap:
./fmt_float_special.go:13:13:   flow: {storage for ... argument} = &{storage for ninf}:
./fmt_float_special.go:13:13:     from ninf (spill) at ./fmt_float_special.go:13:13
./fmt_float_special.go:13:13:     from ... argument (slice-literal-element) at ./fmt_float_special.go:13:12
./fmt_float_special.go:13:13:   flow: {heap} = {storage for ... argument}:
./fmt_float_special.go:13:13:     from ... argument (spill) at ./fmt_float_special.go:13:12
./fmt_float_special.go:13:13:     from fmt.Printf("|%08f|%+f|% f|%-6v|%6v|\n", ... argument...) (call parameter) at ./fmt_float_special.go:13:12
./fmt_float_special.go:13:13: nan escapes to heap:
./fmt_float_special.go:13:13:   flow: {storage for ... argument} = &{storage for nan}:
./fmt_float_special.go:13:13:     from nan (spill) at ./fmt_float_special.go:13:13
./fmt_float_special.go:13:13:     from ... argument (slice-literal-element) at ./fmt_float_special.go:13:12
./fmt_float_special.go:13:13:   flow: {heap} = {storage for ... argument}:
./fmt_float_special.go:13:13:     from ... argument (spill) at ./fmt_float_special.go:13:12
./fmt_float_special.go:13:13:     from fmt.Printf("|%08f|%+f|% f|%-6v|%6v|\n", ... argument...) (call parameter) at ./fmt_float_special.go:13:12
./fmt_float_special.go:13:13: nan escapes to heap:
./fmt_float_special.go:13:13:   flow: {storage for ... argument} = &{storage for nan}:
./fmt_float_special.go:13:13:     from nan (spill) at ./fmt_float_special.go:13:13
./fmt_float_special.go:13:13:     from ... argument (slice-literal-element) at ./fmt_float_special.go:13:12
./fmt_float_special.go:13:13:   flow: {heap} = {storage for ... argument}:
./fmt_float_special.go:13:13:     from ... argument (spill) at ./fmt_float_special.go:13:12
./fmt_float_special.go:13:13:     from fmt.Printf("|%08f|%+f|% f|%-6v|%6v|\n", ... argument...) (call parameter) at ./fmt_float_special.go:13:12
./fmt_float_special.go:13:13: nan escapes to heap:
./fmt_float_special.go:13:13:   flow: {storage for ... argument} = &{storage for nan}:
./fmt_float_special.go:13:13:     from nan (spill) at ./fmt_float_special.go:13:13
./fmt_float_special.go:13:13:     from ... argument (slice-literal-element) at ./fmt_float_special.go:13:12
./fmt_float_special.go:13:13:   flow: {heap} = {storage for ... argument}:
./fmt_float_special.go:13:13:     from ... argument (spill) at ./fmt_float_special.go:13:12
./fmt_float_special.go:13:13:     from fmt.Printf("|%08f|%+f|% f|%-6v|%6v|\n", ... argument...) (call parameter) at ./fmt_float_special.go:13:12
./fmt_float_special.go:13:13: nan escapes to heap:
./fmt_float_special.go:13:13:   flow: {storage for ... argument} = &{storage for nan}:
./fmt_float_special.go:13:13:     from nan (spill) at ./fmt_float_special.go:13:13
./fmt_float_special.go:13:13:     from ... argument (slice-literal-element) at ./fmt_float_special.go:13:12
./fmt_float_special.go:13:13:   flow: {heap} = {storage for ... argument}:
./fmt_float_special.go:13:13:     from ... argument (spill) at ./fmt_float_special.go:13:12
./fmt_float_special.go:13:13:     from fmt.Printf("|%08f|%+f|% f|%-6v|%6v|\n", ... argument...) (call parameter) at ./fmt_float_special.go:13:12
./fmt_float_special.go:12:13: nan escapes to heap:
./fmt_float_special.go:12:13:   flow: {storage for ... argument} = &{storage for nan}:
./fmt_float_special.go:12:13:     from nan (spill) at ./fmt_float_special.go:12:13
./fmt_float_special.go:12:13:     from ... argument (slice-literal-element) at ./fmt_float_special.go:12:12
./fmt_float_special.go:12:13:   flow: {heap} = {storage for ... argument}:
./fmt_float_special.go:12:13:     from ... argument (spill) at ./fmt_float_special.go:12:12
./fmt_float_special.go:12:13:     from fmt.Printf("|%8f|%-8f|%08f|%+f|% f|%+08f|%8.2f|\n", ... argument...) (call parameter) at ./fmt_float_special.go:12:12
./fmt_float_special.go:12:13: ninf escapes to heap:
./fmt_float_special.go:12:13:   flow: {storage for ... argument} = &{storage for ninf}:
./fmt_float_special.go:12:13:     from ninf (spill) at ./fmt_float_special.go:12:13
./fmt_float_special.go:12:13:     from ... argument (slice-literal-element) at ./fmt_float_special.go:12:12
./fmt_float_special.go:12:13:   flow: {heap} = {storage for ... argument}:
./fmt_float_special.go:12:13:     from ... argument (spill) at ./fmt_float_special.go:12:12
./fmt_float_special.go:12:13:     from fmt.Printf("|%8f|%-8f|%08f|%+f|% f|%+08f|%8.2f|\n", ... argument...) (call parameter) at ./fmt_float_special.go:12:12
./fmt_float_special.go:12:13: inf escapes to heap:
./fmt_float_special.go:12:13:   flow: {storage for ... argument} = &{storage for inf}:
./fmt_float_special.go:12:13:     from inf (spill) at ./fmt_float_special.go:12:13
./fmt_float_special.go:12:13:     from ... argument (slice-literal-element) at ./fmt_float_special.go:12:12
./fmt_float_special.go:12:13:   flow: {heap} = {storage for ... argument}:
./fmt_float_special.go:12:13:     from ... argument (spill) at ./fmt_float_special.go:12:12
./fmt_float_special.go:12:13:     from fmt.Printf("|%8f|%-8f|%08f|%+f|% f|%+08f|%8.2f|\n", ... argument...) (call parameter) at ./fmt_float_special.go:12:12
./fmt_float_special.go:12:13: inf escapes to heap:
./fmt_float_special.go:12:13:   flow: {storage for ... argument} = &{storage for inf}:
./fmt_float_special.go:12:13:     from inf (spill) at ./fmt_float_special.go:12:13
./fmt_float_special.go:12:13:     from ... argument (slice-literal-element) at ./fmt_float_special.go:12:12
./fmt_float_special.go:12:13:   flow: {heap} = {storage for ... argument}:
./fmt_float_special.go:12:13:     from ... argument (spill) at ./fmt_float_special.go:12:12
./fmt_float_special.go:12:13:     from fmt.Printf("|%8f|%-8f|%08f|%+f|% f|%+08f|%8.2f|\n", ... argument...) (call parameter) at ./fmt_float_special.go:12:12
./fmt_float_special.go:12:13: inf escapes to heap:
./fmt_float_special.go:12:13:   flow: {storage for ... argument} = &{storage for inf}:
./fmt_float_special.go:12:13:     from inf (spill) at ./fmt_float_special.go:12:13
./fmt_float_special.go:12:13:     from ... argument (slice-literal-element) at ./fmt_float_special.go:12:12
./fmt_float_special.go:12:13:   flow: {heap} = {storage for ... argument}:
./fmt_float_special.go:12:13:     from ... argument (spill) at ./fmt_float_special.go:12:12
./fmt_float_special.go:12:13:     from fmt.Printf("|%8f|%-8f|%08f|%+f|% f|%+08f|%8.2f|\n", ... argument...) (call parameter) at ./fmt_float_special.go:12:12
./fmt_float_special.go:12:13: inf escapes to heap:
./fmt_float_special.go:12:13:   flow: {storage for ... argument} = &{storage for inf}:
./fmt_float_special.go:12:13:     from inf (spill) at ./fmt_float_special.go:12:13
./fmt_float_special.go:12:13:     from ... argument (slice-literal-element) at ./fmt_float_special.go:12:12
./fmt_float_special.go:12:13:   flow: {heap} = {storage for ... argument}:
./fmt_float_special.go:12:13:     from ... argument (spill) at ./fmt_float_special.go:12:12
./fmt_float_special.go:12:13:     from fmt.Printf("|%8f|%-8f|%08f|%+f|% f|%+08f|%8.2f|\n", ... argument...) (call parameter) at ./fmt_float_special.go:12:12
./fmt_float_special.go:12:13: inf escapes to heap:
./fmt_float_special.go:12:13:   flow: {storage for ... argument} = &{storage for inf}:
./fmt_float_special.go:12:13:     from inf (spill) at ./fmt_float_special.go:12:13
./fmt_float_special.go:12:13:     from ... argument (slice-literal-element) at ./fmt_float_special.go:12:12
./fmt_float_special.go:12:13:   flow: {heap} = {storage for ... argument}:
./fmt_float_special.go:12:13:     from ... argument (spill) at ./fmt_float_special.go:12:12
./fmt_float_special.go:12:13:     from fmt.Printf("|%8f|%-8f|%08f|%+f|% f|%+08f|%8.2f|\n", ... argument...) (call parameter) at ./fmt_float_special.go:12:12
./fmt_float_special.go:11:13: ninf escapes to heap:
./fmt_float_special.go:11:13:   flow: {storage for ... argument} = &{storage for ninf}:
./fmt_float_special.go:11:13:     from ninf (spill) at ./fmt_float_special.go:11:13
./fmt_float_special.go:11:13:     from ... argument (slice-literal-element) at ./fmt_float_special.go:11:12
./fmt_float_special.go:11:13:   flow: {heap} = {storage for ... argument}:
./fmt_float_special.go:11:13:     from ... argument (spill) at ./fmt_float_special.go:11:12
./fmt_float_special.go:11:13:     from fmt.Printf("|%f|%f|%f|%e|%g|%v|\n", ... argument...) (call parameter) at ./fmt_float_special.go:11:12
./fmt_float_special.go:11:13: inf escapes to heap:
./fmt_float_special.go:11:13:   flow: {storage for ... argument} = &{storage for inf}:
./fmt_float_special.go:11:13:     from inf (spill) at ./fmt_float_special.go:11:13
./fmt_float_special.go:11:13:     from ... argument (slice-literal-element) at ./fmt_float_special.go:11:12
./fmt_float_special.go:11:13:   flow: {heap} = {storage for ... argument}:
./fmt_float_special.go:11:13:     from ... argument (spill) at ./fmt_float_special.go:11:12
./fmt_float_special.go:11:13:     from fmt.Printf("|%f|%f|%f|%e|%g|%v|\n", ... argument...) (call parameter) at ./fmt_float_special.go:11:12
./fmt_float_special.go:11:13: nan escapes to heap:
./fmt_float_special.go:11:13:   flow: {storage for ... argument} = &{storage for nan}:
./fmt_float_special.go:11:13:     from nan (spill) at ./fmt_float_special.go:11:13
./fmt_float_special.go:11:13:     from ... argument (slice-literal-element) at ./fmt_float_special.go:11:12
./fmt_float_special.go:11:13:   flow: {heap} = {storage for ... argument}:
./fmt_float_special.go:11:13:     from ... argument (spill) at ./fmt_float_special.go:11:12
./fmt_float_special.go:11:13:     from fmt.Printf("|%f|%f|%f|%e|%g|%v|\n", ... argument...) (call parameter) at ./fmt_float_special.go:11:12
./fmt_float_special.go:11:13: ninf escapes to heap:
./fmt_float_special.go:11:13:   flow: {storage for ... argument} = &{storage for ninf}:
./fmt_float_special.go:11:13:     from ninf (spill) at ./fmt_float_special.go:11:13
./fmt_float_special.go:11:13:     from ... argument (slice-literal-element) at ./fmt_float_special.go:11:12
./fmt_float_special.go:11:13:   flow: {heap} = {storage for ... argument}:
./fmt_float_special.go:11:13:     from ... argument (spill) at ./fmt_float_special.go:11:12
./fmt_float_special.go:11:13:     from fmt.Printf("|%f|%f|%f|%e|%g|%v|\n", ... argument...) (call parameter) at ./fmt_float_special.go:11:12
./fmt_float_special.go:11:13: inf escapes to heap:
./fmt_float_special.go:11:13:   flow: {storage for ... argument} = &{storage for inf}:
./fmt_float_special.go:11:13:     from inf (spill) at ./fmt_float_special.go:11:13
./fmt_float_special.go:11:13:     from ... argument (slice-literal-element) at ./fmt_float_special.go:11:12
./fmt_float_special.go:11:13:   flow: {heap} = {storage for ... argument}:
./fmt_float_special.go:11:13:     from ... argument (spill) at ./fmt_float_special.go:11:12
./fmt_float_special.go:11:13:     from fmt.Printf("|%f|%f|%f|%e|%g|%v|\n", ... argument...) (call parameter) at ./fmt_float_special.go:11:12
./fmt_float_special.go:11:13: nan escapes to heap:
./fmt_float_special.go:11:13:   flow: {storage for ... argument} = &{storage for nan}:
./fmt_float_special.go:11:13:     from nan (spill) at ./fmt_float_special.go:11:13
./fmt_float_special.go:11:13:     from ... argument (slice-literal-element) at ./fmt_float_special.go:11:12
./fmt_float_special.go:11:13:   flow: {heap} = {storage for ... argument}:
./fmt_float_special.go:11:13:     from ... argument (spill) at ./fmt_float_special.go:11:12
./fmt_float_special.go:11:13:     from fmt.Printf("|%f|%f|%f|%e|%g|%v|\n", ... argument...) (call parameter) at ./fmt_float_special.go:11:12
./fmt_float_special.go:11:12: ... argument does not escape
./fmt_float_special.go:11:13: nan escapes to heap
./fmt_float_special.go:11:13: inf escapes to heap
./fmt_float_special.go:11:13: ninf escapes to heap
./fmt_float_special.go:11:13: nan escapes to heap
./fmt_float_special.go:11:13: inf escapes to heap
./fmt_float_special.go:11:13: ninf escapes to heap
./fmt_float_special.go:12:12: ... argument does not escape
./fmt_float_special.go:12:13: inf escapes to heap
./fmt_float_special.go:12:13: inf escapes to heap
./fmt_float_special.go:12:13: inf escapes to heap
./fmt_float_special.go:12:13: inf escapes to heap
./fmt_float_special.go:12:13: inf escapes to heap
./fmt_float_special.go:12:13: ninf escapes to heap
./fmt_float_special.go:12:13: nan escapes to heap
./fmt_float_special.go:13:12: ... argument does not escape
./fmt_float_special.go:13:13: nan escapes to heap
./fmt_float_special.go:13:13: nan escapes to heap
./fmt_float_special.go:13:13: nan escapes to heap
./fmt_float_special.go:13:13: nan escapes to heap
./fmt_float_special.go:13:13: ninf escapes to heap
./fmt_float_special.go:15:12: ... argument does not escape
./fmt_float_special.go:15:13: negz escapes to heap
./fmt_float_special.go:15:13: negz escapes to heap
./fmt_float_special.go:15:13: negz escapes to heap
./fmt_float_special.go:15:13: negz escapes to heap
./fmt_float_special.go:15:13: negz escapes to heap
./fmt_float_special.go:15:13: zero escapes to heap
./fmt_float_special.go:17:12: ... argument does not escape
./fmt_float_special.go:17:28: 1e300 escapes to heap
./fmt_float_special.go:17:35: 1e23 escapes to heap
./fmt_float_special.go:18:12: ... argument does not escape
./fmt_float_special.go:18:32: 0.1 escapes to heap
./fmt_float_special.go:18:37: 0.1 escapes to heap
./fmt_float_special.go:19:12: ... argument does not escape
./fmt_float_special.go:19:30: 5e-324 escapes to heap
./fmt_float_special.go:19:38: 5e-324 escapes to heap
