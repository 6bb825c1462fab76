./gotest_shift3.go:20:20: fmt.Sprintf("%d != %d", ... argument...) escapes to heap
./gotest_shift3.go:20:20: ... argument does not escape
./gotest_shift3.go:20:21: x escapes to heap
./gotest_shift3.go:20:21: y escapes to heap
