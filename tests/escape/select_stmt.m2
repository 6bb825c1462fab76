./select_stmt.go:6:2: x escapes to heap:
./select_stmt.go:6:2:   flow: {heap} = &x:
./select_stmt.go:6:2:     from &x (address-of) at ./select_stmt.go:7:7
./select_stmt.go:6:2:     from a <- &x (send) at ./select_stmt.go:7:4
./select_stmt.go:6:2: moved to heap: x
