./return_local_slice.go:4:6: buf escapes to heap:
./return_local_slice.go:4:6:   flow: ~r0 = &buf:
./return_local_slice.go:4:6:     from buf (address-of) at ./return_local_slice.go:5:9
./return_local_slice.go:4:6:     from buf[2:4] (slice) at ./return_local_slice.go:5:12
./return_local_slice.go:4:6:     from return buf[2:4] (return) at ./return_local_slice.go:5:2
./return_local_slice.go:4:6: moved to heap: buf
