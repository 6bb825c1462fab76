./crlf_source.go:9:13: ... argument does not escape
./crlf_source.go:9:14: "crlf ok" escapes to heap
./crlf_source.go:9:28: len(s) escapes to heap
./crlf_source.go:10:12: ... argument does not escape
./crlf_source.go:10:13: s escapes to heap
