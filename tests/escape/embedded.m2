./embedded.go:5:7: i does not escape
./embedded.go:15:7: &Outer{} does not escape
