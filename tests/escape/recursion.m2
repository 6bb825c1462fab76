./recursion.go:5:11: p does not escape
./recursion.go:12:10: p does not escape
