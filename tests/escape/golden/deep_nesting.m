./deep_nesting.go:9:13: ... argument does not escape
./deep_nesting.go:9:13: x escapes to heap
./deep_nesting.go:412:13: ... argument does not escape
./deep_nesting.go:412:13: y escapes to heap
./deep_nesting.go:414:13: ... argument does not escape
./deep_nesting.go:414:13: z escapes to heap
./deep_nesting.go:414:17: !!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!true escapes to heap
