./slice_cap_growth_byte.go:28:28: string(d) escapes to heap:
./slice_cap_growth_byte.go:28:28:   flow: {storage for ... argument} = &{storage for string(d)}:
./slice_cap_growth_byte.go:28:28:     from string(d) (spill) at ./slice_cap_growth_byte.go:28:28
./slice_cap_growth_byte.go:28:28:     from ... argument (slice-literal-element) at ./slice_cap_growth_byte.go:28:13
./slice_cap_growth_byte.go:28:28:   flow: {heap} = {storage for ... argument}:
./slice_cap_growth_byte.go:28:28:     from ... argument (spill) at ./slice_cap_growth_byte.go:28:13
./slice_cap_growth_byte.go:28:28:     from fmt.Println(... argument...) (call parameter) at ./slice_cap_growth_byte.go:28:13
./slice_cap_growth_byte.go:28:17: len(d) escapes to heap:
./slice_cap_growth_byte.go:28:17:   flow: {storage for ... argument} = &{storage for len(d)}:
./slice_cap_growth_byte.go:28:17:     from len(d) (spill) at ./slice_cap_growth_byte.go:28:17
./slice_cap_growth_byte.go:28:17:     from ... argument (slice-literal-element) at ./slice_cap_growth_byte.go:28:13
./slice_cap_growth_byte.go:28:17:   flow: {heap} = {storage for ... argument}:
./slice_cap_growth_byte.go:28:17:     from ... argument (spill) at ./slice_cap_growth_byte.go:28:13
./slice_cap_growth_byte.go:28:17:     from fmt.Println(... argument...) (call parameter) at ./slice_cap_growth_byte.go:28:13
./slice_cap_growth_byte.go:26:29: cap(d) >= 2 escapes to heap:
./slice_cap_growth_byte.go:26:29:   flow: {storage for ... argument} = &{storage for cap(d) >= 2}:
./slice_cap_growth_byte.go:26:29:     from cap(d) >= 2 (spill) at ./slice_cap_growth_byte.go:26:29
./slice_cap_growth_byte.go:26:29:     from ... argument (slice-literal-element) at ./slice_cap_growth_byte.go:26:13
./slice_cap_growth_byte.go:26:29:   flow: {heap} = {storage for ... argument}:
./slice_cap_growth_byte.go:26:29:     from ... argument (spill) at ./slice_cap_growth_byte.go:26:13
./slice_cap_growth_byte.go:26:29:     from fmt.Println(... argument...) (call parameter) at ./slice_cap_growth_byte.go:26:13
./slice_cap_growth_byte.go:26:17: len(d) escapes to heap:
./slice_cap_growth_byte.go:26:17:   flow: {storage for ... argument} = &{storage for len(d)}:
./slice_cap_growth_byte.go:26:17:     from len(d) (spill) at ./slice_cap_growth_byte.go:26:17
./slice_cap_growth_byte.go:26:17:     from ... argument (slice-literal-element) at ./slice_cap_growth_byte.go:26:13
./slice_cap_growth_byte.go:26:17:   flow: {heap} = {storage for ... argument}:
./slice_cap_growth_byte.go:26:17:     from ... argument (spill) at ./slice_cap_growth_byte.go:26:13
./slice_cap_growth_byte.go:26:17:     from fmt.Println(... argument...) (call parameter) at ./slice_cap_growth_byte.go:26:13
./slice_cap_growth_byte.go:21:34: " " escapes to heap:
./slice_cap_growth_byte.go:21:34:   flow: {storage for ... argument} = &{storage for " "}:
./slice_cap_growth_byte.go:21:34:     from " " (spill) at ./slice_cap_growth_byte.go:21:34
./slice_cap_growth_byte.go:21:34:     from ... argument (slice-literal-element) at ./slice_cap_growth_byte.go:21:12
./slice_cap_growth_byte.go:21:34:   flow: {heap} = {storage for ... argument}:
./slice_cap_growth_byte.go:21:34:     from ... argument (spill) at ./slice_cap_growth_byte.go:21:12
./slice_cap_growth_byte.go:21:34:     from fmt.Print(... argument...) (call parameter) at ./slice_cap_growth_byte.go:21:12
./slice_cap_growth_byte.go:21:29: cap(c) escapes to heap:
./slice_cap_growth_byte.go:21:29:   flow: {storage for ... argument} = &{storage for cap(c)}:
./slice_cap_growth_byte.go:21:29:     from cap(c) (spill) at ./slice_cap_growth_byte.go:21:29
./slice_cap_growth_byte.go:21:29:     from ... argument (slice-literal-element) at ./slice_cap_growth_byte.go:21:12
./slice_cap_growth_byte.go:21:29:   flow: {heap} = {storage for ... argument}:
./slice_cap_growth_byte.go:21:29:     from ... argument (spill) at ./slice_cap_growth_byte.go:21:12
./slice_cap_growth_byte.go:21:29:     from fmt.Print(... argument...) (call parameter) at ./slice_cap_growth_byte.go:21:12
./slice_cap_growth_byte.go:21:21: "/" escapes to heap:
./slice_cap_growth_byte.go:21:21:   flow: {storage for ... argument} = &{storage for "/"}:
./slice_cap_growth_byte.go:21:21:     from "/" (spill) at ./slice_cap_growth_byte.go:21:21
./slice_cap_growth_byte.go:21:21:     from ... argument (slice-literal-element) at ./slice_cap_growth_byte.go:21:12
./slice_cap_growth_byte.go:21:21:   flow: {heap} = {storage for ... argument}:
./slice_cap_growth_byte.go:21:21:     from ... argument (spill) at ./slice_cap_growth_byte.go:21:12
./slice_cap_growth_byte.go:21:21:     from fmt.Print(... argument...) (call parameter) at ./slice_cap_growth_byte.go:21:12
./slice_cap_growth_byte.go:21:16: len(c) escapes to heap:
./slice_cap_growth_byte.go:21:16:   flow: {storage for ... argument} = &{storage for len(c)}:
./slice_cap_growth_byte.go:21:16:     from len(c) (spill) at ./slice_cap_growth_byte.go:21:16
./slice_cap_growth_byte.go:21:16:     from ... argument (slice-literal-element) at ./slice_cap_growth_byte.go:21:12
./slice_cap_growth_byte.go:21:16:   flow: {heap} = {storage for ... argument}:
./slice_cap_growth_byte.go:21:16:     from ... argument (spill) at ./slice_cap_growth_byte.go:21:12
./slice_cap_growth_byte.go:21:16:     from fmt.Print(... argument...) (call parameter) at ./slice_cap_growth_byte.go:21:12
./slice_cap_growth_byte.go:13:41: cap(b) escapes to heap:
./slice_cap_growth_byte.go:13:41:   flow: {storage for ... argument} = &{storage for cap(b)}:
./slice_cap_growth_byte.go:13:41:     from cap(b) (spill) at ./slice_cap_growth_byte.go:13:41
./slice_cap_growth_byte.go:13:41:     from ... argument (slice-literal-element) at ./slice_cap_growth_byte.go:13:15
./slice_cap_growth_byte.go:13:41:   flow: {heap} = {storage for ... argument}:
./slice_cap_growth_byte.go:13:41:     from ... argument (spill) at ./slice_cap_growth_byte.go:13:15
./slice_cap_growth_byte.go:13:41:     from fmt.Println(... argument...) (call parameter) at ./slice_cap_growth_byte.go:13:15
./slice_cap_growth_byte.go:13:31: "cap" escapes to heap:
./slice_cap_growth_byte.go:13:31:   flow: {storage for ... argument} = &{storage for "cap"}:
./slice_cap_growth_byte.go:13:31:     from "cap" (spill) at ./slice_cap_growth_byte.go:13:31
./slice_cap_growth_byte.go:13:31:     from ... argument (slice-literal-element) at ./slice_cap_growth_byte.go:13:15
./slice_cap_growth_byte.go:13:31:   flow: {heap} = {storage for ... argument}:
./slice_cap_growth_byte.go:13:31:     from ... argument (spill) at ./slice_cap_growth_byte.go:13:15
./slice_cap_growth_byte.go:13:31:     from fmt.Println(... argument...) (call parameter) at ./slice_cap_growth_byte.go:13:15
./slice_cap_growth_byte.go:13:26: len(b) escapes to heap:
./slice_cap_growth_byte.go:13:26:   flow: {storage for ... argument} = &{storage for len(b)}:
./slice_cap_growth_byte.go:13:26:     from len(b) (spill) at ./slice_cap_growth_byte.go:13:26
./slice_cap_growth_byte.go:13:26:     from ... argument (slice-literal-element) at ./slice_cap_growth_byte.go:13:15
./slice_cap_growth_byte.go:13:26:   flow: {heap} = {storage for ... argument}:
./slice_cap_growth_byte.go:13:26:     from ... argument (spill) at ./slice_cap_growth_byte.go:13:15
./slice_cap_growth_byte.go:13:26:     from fmt.Println(... argument...) (call parameter) at ./slice_cap_growth_byte.go:13:15
./slice_cap_growth_byte.go:13:16: "len" escapes to heap:
./slice_cap_growth_byte.go:13:16:   flow: {storage for ... argument} = &{storage for "len"}:
./slice_cap_growth_byte.go:13:16:     from "len" (spill) at ./slice_cap_growth_byte.go:13:16
./slice_cap_growth_byte.go:13:16:     from ... argument (slice-literal-element) at ./slice_cap_growth_byte.go:13:15
./slice_cap_growth_byte.go:13:16:   flow: {heap} = {storage for ... argument}:
./slice_cap_growth_byte.go:13:16:     from ... argument (spill) at ./slice_cap_growth_byte.go:13:15
./slice_cap_growth_byte.go:13:16:     from fmt.Println(... argument...) (call parameter) at ./slice_cap_growth_byte.go:13:15
./slice_cap_growth_byte.go:28:28: string(d) escapes to heap:
./slice_cap_growth_byte.go:28:28:   flow: {storage for string(d)} = &{storage for string(d)}:
./slice_cap_growth_byte.go:28:28:     from string(d) (spill) at ./slice_cap_growth_byte.go:28:28
./slice_cap_growth_byte.go:28:28:     from string(d) (interface-converted) at ./slice_cap_growth_byte.go:28:28
./slice_cap_growth_byte.go:13:15: ... argument does not escape
./slice_cap_growth_byte.go:13:16: "len" escapes to heap
./slice_cap_growth_byte.go:13:26: len(b) escapes to heap
./slice_cap_growth_byte.go:13:31: "cap" escapes to heap
./slice_cap_growth_byte.go:13:41: cap(b) escapes to heap
./slice_cap_growth_byte.go:21:12: ... argument does not escape
./slice_cap_growth_byte.go:21:16: len(c) escapes to heap
./slice_cap_growth_byte.go:21:21: "/" escapes to heap
./slice_cap_growth_byte.go:21:29: cap(c) escapes to heap
./slice_cap_growth_byte.go:21:34: " " escapes to heap
./slice_cap_growth_byte.go:25:13: ([]byte)("hi") does not escape
./slice_cap_growth_byte.go:26:13: ... argument does not escape
./slice_cap_growth_byte.go:26:17: len(d) escapes to heap
./slice_cap_growth_byte.go:26:29: cap(d) >= 2 escapes to heap
./slice_cap_growth_byte.go:28:13: ... argument does not escape
./slice_cap_growth_byte.go:28:17: len(d) escapes to heap
./slice_cap_growth_byte.go:28:28: string(d) escapes to heap
./slice_cap_growth_byte.go:28:28: string(d) escapes to heap
