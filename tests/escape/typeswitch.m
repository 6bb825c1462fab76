./typeswitch.go:5:11: i does not escape
./typeswitch.go:18:15: 1 does not escape
./typeswitch.go:18:24: &T{...} does not escape
./typeswitch.go:18:40: "abc" does not escape
