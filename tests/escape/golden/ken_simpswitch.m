./ken_simpswitch.go:21:15: string(i + '0') escapes to heap
./ken_simpswitch.go:23:14: "out" + string(i + '0') escapes to heap
./ken_simpswitch.go:23:22: string(i + '0') does not escape
./ken_simpswitch.go:26:9: r escapes to heap
