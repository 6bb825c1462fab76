./return_iface.go:5:7: parameter e leaks to ~r0 with derefs=1:
./return_iface.go:5:7:   flow: ~r0 = *e:
./return_iface.go:5:7:     from e.msg (dot of pointer) at ./return_iface.go:5:38
./return_iface.go:5:7:     from return e.msg (return) at ./return_iface.go:5:30
./return_iface.go:5:7: leaking param: e to result ~r0 level=1
./return_iface.go:11:9: &E{...} escapes to heap:
./return_iface.go:11:9:   flow: ~r0 = &{storage for &E{...}}:
./return_iface.go:11:9:     from &E{...} (spill) at ./return_iface.go:11:9
./return_iface.go:11:9:     from &E{...} (interface-converted) at ./return_iface.go:11:9
./return_iface.go:11:9:     from return &E{...} (return) at ./return_iface.go:11:2
./return_iface.go:11:9: &E{...} escapes to heap
./return_iface.go:15:11: n * 2 escapes to heap:
./return_iface.go:15:11:   flow: ~r0 = &{storage for n * 2}:
./return_iface.go:15:11:     from n * 2 (spill) at ./return_iface.go:15:11
./return_iface.go:15:11:     from return n * 2 (return) at ./return_iface.go:15:2
./return_iface.go:15:11: n * 2 escapes to heap
