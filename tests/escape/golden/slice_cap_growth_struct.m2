./slice_cap_growth_struct.go:51:44: cap(p) escapes to heap:
./slice_cap_growth_struct.go:51:44:   flow: {storage for ... argument} = &{storage for cap(p)}:
./slice_cap_growth_struct.go:51:44:     from cap(p) (spill) at ./slice_cap_growth_struct.go:51:44
./slice_cap_growth_struct.go:51:44:     from ... argument (slice-literal-element) at ./slice_cap_growth_struct.go:51:15
./slice_cap_growth_struct.go:51:44:   flow: {heap} = {storage for ... argument}:
./slice_cap_growth_struct.go:51:44:     from ... argument (spill) at ./slice_cap_growth_struct.go:51:15
./slice_cap_growth_struct.go:51:44:     from fmt.Println(... argument...) (call parameter) at ./slice_cap_growth_struct.go:51:15
./slice_cap_growth_struct.go:51:34: "cap" escapes to heap:
./slice_cap_growth_struct.go:51:34:   flow: {storage for ... argument} = &{storage for "cap"}:
./slice_cap_growth_struct.go:51:34:     from "cap" (spill) at ./slice_cap_growth_struct.go:51:34
./slice_cap_growth_struct.go:51:34:     from ... argument (slice-literal-element) at ./slice_cap_growth_struct.go:51:15
./slice_cap_growth_struct.go:51:34:   flow: {heap} = {storage for ... argument}:
./slice_cap_growth_struct.go:51:34:     from ... argument (spill) at ./slice_cap_growth_struct.go:51:15
./slice_cap_growth_struct.go:51:34:     from fmt.Println(... argument...) (call parameter) at ./slice_cap_growth_struct.go:51:15
./slice_cap_growth_struct.go:51:29: len(p) escapes to heap:
./slice_cap_growth_struct.go:51:29:   flow: {storage for ... argument} = &{storage for len(p)}:
./slice_cap_growth_struct.go:51:29:     from len(p) (spill) at ./slice_cap_growth_struct.go:51:29
./slice_cap_growth_struct.go:51:29:     from ... argument (slice-literal-element) at ./slice_cap_growth_struct.go:51:15
./slice_cap_growth_struct.go:51:29:   flow: {heap} = {storage for ... argument}:
./slice_cap_growth_struct.go:51:29:     from ... argument (spill) at ./slice_cap_growth_struct.go:51:15
./slice_cap_growth_struct.go:51:29:     from fmt.Println(... argument...) (call parameter) at ./slice_cap_growth_struct.go:51:15
./slice_cap_growth_struct.go:51:16: "XY len" escapes to heap:
./slice_cap_growth_struct.go:51:16:   flow: {storage for ... argument} = &{storage for "XY len"}:
./slice_cap_growth_struct.go:51:16:     from "XY len" (spill) at ./slice_cap_growth_struct.go:51:16
./slice_cap_growth_struct.go:51:16:     from ... argument (slice-literal-element) at ./slice_cap_growth_struct.go:51:15
./slice_cap_growth_struct.go:51:16:   flow: {heap} = {storage for ... argument}:
./slice_cap_growth_struct.go:51:16:     from ... argument (spill) at ./slice_cap_growth_struct.go:51:15
./slice_cap_growth_struct.go:51:16:     from fmt.Println(... argument...) (call parameter) at ./slice_cap_growth_struct.go:51:15
./slice_cap_growth_struct.go:35:47: cap(m) escapes to heap:
./slice_cap_growth_struct.go:35:47:   flow: {storage for ... argument} = &{storage for cap(m)}:
./slice_cap_growth_struct.go:35:47:     from cap(m) (spill) at ./slice_cap_growth_struct.go:35:47
./slice_cap_growth_struct.go:35:47:     from ... argument (slice-literal-element) at ./slice_cap_growth_struct.go:35:15
./slice_cap_growth_struct.go:35:47:   flow: {heap} = {storage for ... argument}:
./slice_cap_growth_struct.go:35:47:     from ... argument (spill) at ./slice_cap_growth_struct.go:35:15
./slice_cap_growth_struct.go:35:47:     from fmt.Println(... argument...) (call parameter) at ./slice_cap_growth_struct.go:35:15
./slice_cap_growth_struct.go:35:37: "cap" escapes to heap:
./slice_cap_growth_struct.go:35:37:   flow: {storage for ... argument} = &{storage for "cap"}:
./slice_cap_growth_struct.go:35:37:     from "cap" (spill) at ./slice_cap_growth_struct.go:35:37
./slice_cap_growth_struct.go:35:37:     from ... argument (slice-literal-element) at ./slice_cap_growth_struct.go:35:15
./slice_cap_growth_struct.go:35:37:   flow: {heap} = {storage for ... argument}:
./slice_cap_growth_struct.go:35:37:     from ... argument (spill) at ./slice_cap_growth_struct.go:35:15
./slice_cap_growth_struct.go:35:37:     from fmt.Println(... argument...) (call parameter) at ./slice_cap_growth_struct.go:35:15
./slice_cap_growth_struct.go:35:32: len(m) escapes to heap:
./slice_cap_growth_struct.go:35:32:   flow: {storage for ... argument} = &{storage for len(m)}:
./slice_cap_growth_struct.go:35:32:     from len(m) (spill) at ./slice_cap_growth_struct.go:35:32
./slice_cap_growth_struct.go:35:32:     from ... argument (slice-literal-element) at ./slice_cap_growth_struct.go:35:15
./slice_cap_growth_struct.go:35:32:   flow: {heap} = {storage for ... argument}:
./slice_cap_growth_struct.go:35:32:     from ... argument (spill) at ./slice_cap_growth_struct.go:35:15
./slice_cap_growth_struct.go:35:32:     from fmt.Println(... argument...) (call parameter) at ./slice_cap_growth_struct.go:35:15
./slice_cap_growth_struct.go:35:16: "Small len" escapes to heap:
./slice_cap_growth_struct.go:35:16:   flow: {storage for ... argument} = &{storage for "Small len"}:
./slice_cap_growth_struct.go:35:16:     from "Small len" (spill) at ./slice_cap_growth_struct.go:35:16
./slice_cap_growth_struct.go:35:16:     from ... argument (slice-literal-element) at ./slice_cap_growth_struct.go:35:15
./slice_cap_growth_struct.go:35:16:   flow: {heap} = {storage for ... argument}:
./slice_cap_growth_struct.go:35:16:     from ... argument (spill) at ./slice_cap_growth_struct.go:35:15
./slice_cap_growth_struct.go:35:16:     from fmt.Println(... argument...) (call parameter) at ./slice_cap_growth_struct.go:35:15
./slice_cap_growth_struct.go:28:15: s[1999] escapes to heap:
./slice_cap_growth_struct.go:28:15:   flow: {storage for ... argument} = &{storage for s[1999]}:
./slice_cap_growth_struct.go:28:15:     from s[1999] (spill) at ./slice_cap_growth_struct.go:28:15
./slice_cap_growth_struct.go:28:15:     from ... argument (slice-literal-element) at ./slice_cap_growth_struct.go:28:13
./slice_cap_growth_struct.go:28:15:   flow: {heap} = {storage for ... argument}:
./slice_cap_growth_struct.go:28:15:     from ... argument (spill) at ./slice_cap_growth_struct.go:28:13
./slice_cap_growth_struct.go:28:15:     from fmt.Println(... argument...) (call parameter) at ./slice_cap_growth_struct.go:28:13
./slice_cap_growth_struct.go:24:44: cap(s) escapes to heap:
./slice_cap_growth_struct.go:24:44:   flow: {storage for ... argument} = &{storage for cap(s)}:
./slice_cap_growth_struct.go:24:44:     from cap(s) (spill) at ./slice_cap_growth_struct.go:24:44
./slice_cap_growth_struct.go:24:44:     from ... argument (slice-literal-element) at ./slice_cap_growth_struct.go:24:15
./slice_cap_growth_struct.go:24:44:   flow: {heap} = {storage for ... argument}:
./slice_cap_growth_struct.go:24:44:     from ... argument (spill) at ./slice_cap_growth_struct.go:24:15
./slice_cap_growth_struct.go:24:44:     from fmt.Println(... argument...) (call parameter) at ./slice_cap_growth_struct.go:24:15
./slice_cap_growth_struct.go:24:34: "cap" escapes to heap:
./slice_cap_growth_struct.go:24:34:   flow: {storage for ... argument} = &{storage for "cap"}:
./slice_cap_growth_struct.go:24:34:     from "cap" (spill) at ./slice_cap_growth_struct.go:24:34
./slice_cap_growth_struct.go:24:34:     from ... argument (slice-literal-element) at ./slice_cap_growth_struct.go:24:15
./slice_cap_growth_struct.go:24:34:   flow: {heap} = {storage for ... argument}:
./slice_cap_growth_struct.go:24:34:     from ... argument (spill) at ./slice_cap_growth_struct.go:24:15
./slice_cap_growth_struct.go:24:34:     from fmt.Println(... argument...) (call parameter) at ./slice_cap_growth_struct.go:24:15
./slice_cap_growth_struct.go:24:29: len(s) escapes to heap:
./slice_cap_growth_struct.go:24:29:   flow: {storage for ... argument} = &{storage for len(s)}:
./slice_cap_growth_struct.go:24:29:     from len(s) (spill) at ./slice_cap_growth_struct.go:24:29
./slice_cap_growth_struct.go:24:29:     from ... argument (slice-literal-element) at ./slice_cap_growth_struct.go:24:15
./slice_cap_growth_struct.go:24:29:   flow: {heap} = {storage for ... argument}:
./slice_cap_growth_struct.go:24:29:     from ... argument (spill) at ./slice_cap_growth_struct.go:24:15
./slice_cap_growth_struct.go:24:29:     from fmt.Println(... argument...) (call parameter) at ./slice_cap_growth_struct.go:24:15
./slice_cap_growth_struct.go:24:16: "T3 len" escapes to heap:
./slice_cap_growth_struct.go:24:16:   flow: {storage for ... argument} = &{storage for "T3 len"}:
./slice_cap_growth_struct.go:24:16:     from "T3 len" (spill) at ./slice_cap_growth_struct.go:24:16
./slice_cap_growth_struct.go:24:16:     from ... argument (slice-literal-element) at ./slice_cap_growth_struct.go:24:15
./slice_cap_growth_struct.go:24:16:   flow: {heap} = {storage for ... argument}:
./slice_cap_growth_struct.go:24:16:     from ... argument (spill) at ./slice_cap_growth_struct.go:24:15
./slice_cap_growth_struct.go:24:16:     from fmt.Println(... argument...) (call parameter) at ./slice_cap_growth_struct.go:24:15
./slice_cap_growth_struct.go:24:15: ... argument does not escape
./slice_cap_growth_struct.go:24:16: "T3 len" escapes to heap
./slice_cap_growth_struct.go:24:29: len(s) escapes to heap
./slice_cap_growth_struct.go:24:34: "cap" escapes to heap
./slice_cap_growth_struct.go:24:44: cap(s) escapes to heap
./slice_cap_growth_struct.go:28:13: ... argument does not escape
./slice_cap_growth_struct.go:28:15: s[1999] escapes to heap
./slice_cap_growth_struct.go:35:15: ... argument does not escape
./slice_cap_growth_struct.go:35:16: "Small len" escapes to heap
./slice_cap_growth_struct.go:35:32: len(m) escapes to heap
./slice_cap_growth_struct.go:35:37: "cap" escapes to heap
./slice_cap_growth_struct.go:35:47: cap(m) escapes to heap
./slice_cap_growth_struct.go:51:15: ... argument does not escape
./slice_cap_growth_struct.go:51:16: "XY len" escapes to heap
./slice_cap_growth_struct.go:51:29: len(p) escapes to heap
./slice_cap_growth_struct.go:51:34: "cap" escapes to heap
./slice_cap_growth_struct.go:51:44: cap(p) escapes to heap
