./ken_simpswitch.go:26:9: r escapes to heap:
./ken_simpswitch.go:26:9:   flow: {heap} = &{storage for r}:
./ken_simpswitch.go:26:9:     from r (spill) at ./ken_simpswitch.go:26:9
./ken_simpswitch.go:26:9:     from panic(r) (call parameter) at ./ken_simpswitch.go:26:8
./ken_simpswitch.go:23:14: "out" + string(i + '0') escapes to heap:
./ken_simpswitch.go:23:14:   flow: r = &{storage for "out" + string(i + '0')}:
./ken_simpswitch.go:23:14:     from "out" + string(i + '0') (spill) at ./ken_simpswitch.go:23:14
./ken_simpswitch.go:23:14:     from r += "out" + string(i + '0') (assign) at ./ken_simpswitch.go:23:5
./ken_simpswitch.go:23:14:   flow: {storage for r} = r:
./ken_simpswitch.go:23:14:     from r (interface-converted) at ./ken_simpswitch.go:26:9
./ken_simpswitch.go:21:15: string(i + '0') escapes to heap:
./ken_simpswitch.go:21:15:   flow: r = &{storage for string(i + '0')}:
./ken_simpswitch.go:21:15:     from string(i + '0') (spill) at ./ken_simpswitch.go:21:15
./ken_simpswitch.go:21:15:     from r += string(i + '0') (assign) at ./ken_simpswitch.go:21:6
./ken_simpswitch.go:21:15:   flow: {storage for r} = r:
./ken_simpswitch.go:21:15:     from r (interface-converted) at ./ken_simpswitch.go:26:9
./ken_simpswitch.go:21:15: string(i + '0') escapes to heap
./ken_simpswitch.go:23:14: "out" + string(i + '0') escapes to heap
./ken_simpswitch.go:23:22: string(i + '0') does not escape
./ken_simpswitch.go:26:9: r escapes to heap
