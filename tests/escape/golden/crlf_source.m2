./crlf_source.go:10:13: s escapes to heap:
./crlf_source.go:10:13:   flow: {storage for ... argument} = &{storage for s}:
./crlf_source.go:10:13:     from s (spill) at ./crlf_source.go:10:13
./crlf_source.go:10:13:     from ... argument (slice-literal-element) at ./crlf_source.go:10:12
./crlf_source.go:10:13:   flow: {heap} = {storage for ... argument}:
./crlf_source.go:10:13:     from ... argument (spill) at ./crlf_source.go:10:12
./crlf_source.go:10:13:     from fmt.Printf("%q\n", ... argument...) (call parameter) at ./crlf_source.go:10:12
./crlf_source.go:9:28: len(s) escapes to heap:
./crlf_source.go:9:28:   flow: {storage for ... argument} = &{storage for len(s)}:
./crlf_source.go:9:28:     from len(s) (spill) at ./crlf_source.go:9:28
./crlf_source.go:9:28:     from ... argument (slice-literal-element) at ./crlf_source.go:9:13
./crlf_source.go:9:28:   flow: {heap} = {storage for ... argument}:
./crlf_source.go:9:28:     from ... argument (spill) at ./crlf_source.go:9:13
./crlf_source.go:9:28:     from fmt.Println(... argument...) (call parameter) at ./crlf_source.go:9:13
./crlf_source.go:9:14: "crlf ok" escapes to heap:
./crlf_source.go:9:14:   flow: {storage for ... argument} = &{storage for "crlf ok"}:
./crlf_source.go:9:14:     from "crlf ok" (spill) at ./crlf_source.go:9:14
./crlf_source.go:9:14:     from ... argument (slice-literal-element) at ./crlf_source.go:9:13
./crlf_source.go:9:14:   flow: {heap} = {storage for ... argument}:
./crlf_source.go:9:14:     from ... argument (spill) at ./crlf_source.go:9:13
./crlf_source.go:9:14:     from fmt.Println(... argument...) (call parameter) at ./crlf_source.go:9:13
./crlf_source.go:9:13: ... argument does not escape
./crlf_source.go:9:14: "crlf ok" escapes to heap
./crlf_source.go:9:28: len(s) escapes to heap
./crlf_source.go:10:12: ... argument does not escape
./crlf_source.go:10:13: s escapes to heap
