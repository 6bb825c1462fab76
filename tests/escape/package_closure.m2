./package_closure.go:5:15: p does not escape
./package_closure.go:7:16: p escapes to heap:
./package_closure.go:7:16:   flow: {heap} = &p:
./package_closure.go:7:16:     from &p (address-of) at ./package_closure.go:8:9
./package_closure.go:7:16:     from sink = &p (assign) at ./package_closure.go:8:7
./package_closure.go:7:16: moved to heap: p
./package_closure.go:11:15: r escapes to heap:
./package_closure.go:11:15:   flow: {heap} = &r:
./package_closure.go:11:15:     from &r (address-of) at ./package_closure.go:12:10
./package_closure.go:11:15:     from sink2 = &r (assign) at ./package_closure.go:12:8
./package_closure.go:11:15: moved to heap: r
./package_closure.go:19:2: x escapes to heap:
./package_closure.go:19:2:   flow: {heap} = &x:
./package_closure.go:19:2:     from &x (address-of) at ./package_closure.go:20:12
./package_closure.go:19:2:     from addrParam(&x) (call parameter) at ./package_closure.go:20:11
./package_closure.go:19:2: x escapes to heap:
./package_closure.go:19:2:   flow: {heap} = &x:
./package_closure.go:19:2:     from &x (address-of) at ./package_closure.go:21:13
./package_closure.go:19:2:     from fn(&x) (call parameter) at ./package_closure.go:21:12
./package_closure.go:19:2: moved to heap: x
