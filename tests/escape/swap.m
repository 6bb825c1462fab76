./swap.go:3:11: a does not escape
./swap.go:3:14: b does not escape
