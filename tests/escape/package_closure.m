./package_closure.go:5:15: p does not escape
./package_closure.go:7:16: moved to heap: p
./package_closure.go:11:15: moved to heap: r
./package_closure.go:19:2: moved to heap: x
