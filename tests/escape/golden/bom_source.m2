./bom_source.go:7:14: "bom ok" escapes to heap:
./bom_source.go:7:14:   flow: {storage for ... argument} = &{storage for "bom ok"}:
./bom_source.go:7:14:     from "bom ok" (spill) at ./bom_source.go:7:14
./bom_source.go:7:14:     from ... argument (slice-literal-element) at ./bom_source.go:7:13
./bom_source.go:7:14:   flow: {heap} = {storage for ... argument}:
./bom_source.go:7:14:     from ... argument (spill) at ./bom_source.go:7:13
./bom_source.go:7:14:     from fmt.Println(... argument...) (call parameter) at ./bom_source.go:7:13
./bom_source.go:7:13: ... argument does not escape
./bom_source.go:7:14: "bom ok" escapes to heap
