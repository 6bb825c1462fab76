./goto_loop.go:7:2: x escapes to heap:
./goto_loop.go:7:2:   flow: p = &x:
./goto_loop.go:7:2:     from &x (address-of) at ./goto_loop.go:8:6
./goto_loop.go:7:2:     from p = &x (assign) at ./goto_loop.go:8:4
./goto_loop.go:7:2: moved to heap: x
