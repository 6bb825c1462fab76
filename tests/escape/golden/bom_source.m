./bom_source.go:7:13: ... argument does not escape
./bom_source.go:7:14: "bom ok" escapes to heap
