./panic_multiline.go:7:7: "line one\nline two" escapes to heap:
./panic_multiline.go:7:7:   flow: {heap} = &{storage for "line one\nline two"}:
./panic_multiline.go:7:7:     from "line one\nline two" (spill) at ./panic_multiline.go:7:7
./panic_multiline.go:7:7:     from panic("line one\nline two") (call parameter) at ./panic_multiline.go:7:7
./panic_multiline.go:7:7: "line one\nline two" escapes to heap
