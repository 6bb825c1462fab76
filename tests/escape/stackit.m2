./stackit.go:11:2: res escapes to heap:
./stackit.go:11:2:   flow: ~r0 = &res:
./stackit.go:11:2:     from &res (address-of) at ./stackit.go:12:9
./stackit.go:11:2:     from return &res (return) at ./stackit.go:12:2
./stackit.go:11:2: moved to heap: res
./stackit.go:21:15: y does not escape
