./method_value.go:5:7: p does not escape
./method_value.go:8:7: &P{...} does not escape
./method_value.go:9:8: a.Get does not escape
