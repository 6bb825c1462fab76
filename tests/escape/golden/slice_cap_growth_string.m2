./slice_cap_growth_string.go:21:21: " " escapes to heap:
./slice_cap_growth_string.go:21:21:   flow: {storage for ... argument} = &{storage for " "}:
./slice_cap_growth_string.go:21:21:     from " " (spill) at ./slice_cap_growth_string.go:21:21
./slice_cap_growth_string.go:21:21:     from ... argument (slice-literal-element) at ./slice_cap_growth_string.go:21:12
./slice_cap_growth_string.go:21:21:   flow: {heap} = {storage for ... argument}:
./slice_cap_growth_string.go:21:21:     from ... argument (spill) at ./slice_cap_growth_string.go:21:12
./slice_cap_growth_string.go:21:21:     from fmt.Print(... argument...) (call parameter) at ./slice_cap_growth_string.go:21:12
./slice_cap_growth_string.go:21:16: cap(t) escapes to heap:
./slice_cap_growth_string.go:21:16:   flow: {storage for ... argument} = &{storage for cap(t)}:
./slice_cap_growth_string.go:21:16:     from cap(t) (spill) at ./slice_cap_growth_string.go:21:16
./slice_cap_growth_string.go:21:16:     from ... argument (slice-literal-element) at ./slice_cap_growth_string.go:21:12
./slice_cap_growth_string.go:21:16:   flow: {heap} = {storage for ... argument}:
./slice_cap_growth_string.go:21:16:     from ... argument (spill) at ./slice_cap_growth_string.go:21:12
./slice_cap_growth_string.go:21:16:     from fmt.Print(... argument...) (call parameter) at ./slice_cap_growth_string.go:21:12
./slice_cap_growth_string.go:16:29: s[len(s) - 1] escapes to heap:
./slice_cap_growth_string.go:16:29:   flow: {storage for ... argument} = &{storage for s[len(s) - 1]}:
./slice_cap_growth_string.go:16:29:     from s[len(s) - 1] (spill) at ./slice_cap_growth_string.go:16:29
./slice_cap_growth_string.go:16:29:     from ... argument (slice-literal-element) at ./slice_cap_growth_string.go:16:13
./slice_cap_growth_string.go:16:29:   flow: {heap} = {storage for ... argument}:
./slice_cap_growth_string.go:16:29:     from ... argument (spill) at ./slice_cap_growth_string.go:16:13
./slice_cap_growth_string.go:16:29:     from fmt.Println(... argument...) (call parameter) at ./slice_cap_growth_string.go:16:13
./slice_cap_growth_string.go:16:23: s[0] escapes to heap:
./slice_cap_growth_string.go:16:23:   flow: {storage for ... argument} = &{storage for s[0]}:
./slice_cap_growth_string.go:16:23:     from s[0] (spill) at ./slice_cap_growth_string.go:16:23
./slice_cap_growth_string.go:16:23:     from ... argument (slice-literal-element) at ./slice_cap_growth_string.go:16:13
./slice_cap_growth_string.go:16:23:   flow: {heap} = {storage for ... argument}:
./slice_cap_growth_string.go:16:23:     from ... argument (spill) at ./slice_cap_growth_string.go:16:13
./slice_cap_growth_string.go:16:23:     from fmt.Println(... argument...) (call parameter) at ./slice_cap_growth_string.go:16:13
./slice_cap_growth_string.go:16:17: len(s) escapes to heap:
./slice_cap_growth_string.go:16:17:   flow: {storage for ... argument} = &{storage for len(s)}:
./slice_cap_growth_string.go:16:17:     from len(s) (spill) at ./slice_cap_growth_string.go:16:17
./slice_cap_growth_string.go:16:17:     from ... argument (slice-literal-element) at ./slice_cap_growth_string.go:16:13
./slice_cap_growth_string.go:16:17:   flow: {heap} = {storage for ... argument}:
./slice_cap_growth_string.go:16:17:     from ... argument (spill) at ./slice_cap_growth_string.go:16:13
./slice_cap_growth_string.go:16:17:     from fmt.Println(... argument...) (call parameter) at ./slice_cap_growth_string.go:16:13
./slice_cap_growth_string.go:12:41: cap(s) escapes to heap:
./slice_cap_growth_string.go:12:41:   flow: {storage for ... argument} = &{storage for cap(s)}:
./slice_cap_growth_string.go:12:41:     from cap(s) (spill) at ./slice_cap_growth_string.go:12:41
./slice_cap_growth_string.go:12:41:     from ... argument (slice-literal-element) at ./slice_cap_growth_string.go:12:15
./slice_cap_growth_string.go:12:41:   flow: {heap} = {storage for ... argument}:
./slice_cap_growth_string.go:12:41:     from ... argument (spill) at ./slice_cap_growth_string.go:12:15
./slice_cap_growth_string.go:12:41:     from fmt.Println(... argument...) (call parameter) at ./slice_cap_growth_string.go:12:15
./slice_cap_growth_string.go:12:31: "cap" escapes to heap:
./slice_cap_growth_string.go:12:31:   flow: {storage for ... argument} = &{storage for "cap"}:
./slice_cap_growth_string.go:12:31:     from "cap" (spill) at ./slice_cap_growth_string.go:12:31
./slice_cap_growth_string.go:12:31:     from ... argument (slice-literal-element) at ./slice_cap_growth_string.go:12:15
./slice_cap_growth_string.go:12:31:   flow: {heap} = {storage for ... argument}:
./slice_cap_growth_string.go:12:31:     from ... argument (spill) at ./slice_cap_growth_string.go:12:15
./slice_cap_growth_string.go:12:31:     from fmt.Println(... argument...) (call parameter) at ./slice_cap_growth_string.go:12:15
./slice_cap_growth_string.go:12:26: len(s) escapes to heap:
./slice_cap_growth_string.go:12:26:   flow: {storage for ... argument} = &{storage for len(s)}:
./slice_cap_growth_string.go:12:26:     from len(s) (spill) at ./slice_cap_growth_string.go:12:26
./slice_cap_growth_string.go:12:26:     from ... argument (slice-literal-element) at ./slice_cap_growth_string.go:12:15
./slice_cap_growth_string.go:12:26:   flow: {heap} = {storage for ... argument}:
./slice_cap_growth_string.go:12:26:     from ... argument (spill) at ./slice_cap_growth_string.go:12:15
./slice_cap_growth_string.go:12:26:     from fmt.Println(... argument...) (call parameter) at ./slice_cap_growth_string.go:12:15
./slice_cap_growth_string.go:12:16: "len" escapes to heap:
./slice_cap_growth_string.go:12:16:   flow: {storage for ... argument} = &{storage for "len"}:
./slice_cap_growth_string.go:12:16:     from "len" (spill) at ./slice_cap_growth_string.go:12:16
./slice_cap_growth_string.go:12:16:     from ... argument (slice-literal-element) at ./slice_cap_growth_string.go:12:15
./slice_cap_growth_string.go:12:16:   flow: {heap} = {storage for ... argument}:
./slice_cap_growth_string.go:12:16:     from ... argument (spill) at ./slice_cap_growth_string.go:12:15
./slice_cap_growth_string.go:12:16:     from fmt.Println(... argument...) (call parameter) at ./slice_cap_growth_string.go:12:15
./slice_cap_growth_string.go:12:15: ... argument does not escape
./slice_cap_growth_string.go:12:16: "len" escapes to heap
./slice_cap_growth_string.go:12:26: len(s) escapes to heap
./slice_cap_growth_string.go:12:31: "cap" escapes to heap
./slice_cap_growth_string.go:12:41: cap(s) escapes to heap
./slice_cap_growth_string.go:16:13: ... argument does not escape
./slice_cap_growth_string.go:16:17: len(s) escapes to heap
./slice_cap_growth_string.go:16:23: s[0] escapes to heap
./slice_cap_growth_string.go:16:29: s[len(s) - 1] escapes to heap
./slice_cap_growth_string.go:21:12: ... argument does not escape
./slice_cap_growth_string.go:21:16: cap(t) escapes to heap
./slice_cap_growth_string.go:21:21: " " escapes to heap
