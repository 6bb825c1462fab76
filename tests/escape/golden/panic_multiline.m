./panic_multiline.go:7:7: "line one\nline two" escapes to heap
