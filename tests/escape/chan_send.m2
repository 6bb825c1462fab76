./chan_send.go:7:7: &T{...} escapes to heap:
./chan_send.go:7:7:   flow: {heap} = &{storage for &T{...}}:
./chan_send.go:7:7:     from &T{...} (spill) at ./chan_send.go:7:7
./chan_send.go:7:7:     from c <- (&T{...}) (send) at ./chan_send.go:7:4
./chan_send.go:7:7: &T{...} escapes to heap
