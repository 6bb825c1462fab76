./iface_embedded.go:39:22: devirtualizing rw.Write to *Buf
./iface_embedded.go:19:9: (*Buf).Read ignoring self-assignment in b.data = b.data[1:]
./iface_embedded.go:14:7: leaking param: b to result ~r0 level=2
./iface_embedded.go:22:7: leaking param content: b
./iface_embedded.go:22:21: leaking param: s
./iface_embedded.go:24:11: leaking param: w
./iface_embedded.go:29:12: leaking param: r
./iface_embedded.go:31:14: ... argument does not escape
./iface_embedded.go:31:14: s escapes to heap
./iface_embedded.go:36:7: &Buf{} escapes to heap
./iface_embedded.go:39:13: ... argument does not escape
./iface_embedded.go:39:22: (*Buf).Write(rw.(*Buf), "!") escapes to heap
