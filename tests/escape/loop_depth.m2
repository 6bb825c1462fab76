./loop_depth.go:6:3: x escapes to heap:
./loop_depth.go:6:3:   flow: p = &x:
./loop_depth.go:6:3:     from &x (address-of) at ./loop_depth.go:7:7
./loop_depth.go:6:3:     from p = &x (assign) at ./loop_depth.go:7:5
./loop_depth.go:6:3: moved to heap: x
