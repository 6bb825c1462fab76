./return_iface.go:5:7: leaking param: e to result ~r0 level=1
./return_iface.go:11:9: &E{...} escapes to heap
./return_iface.go:15:11: n * 2 escapes to heap
