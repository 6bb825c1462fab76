./method_ptr_value.go:5:7: c does not escape
./method_ptr_value.go:18:7: &Counter{} does not escape
