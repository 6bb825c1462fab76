./iface_typeswitch.go:10:7: d does not escape
./iface_typeswitch.go:10:46: d.name + " says woof" escapes to heap
./iface_typeswitch.go:11:7: c does not escape
./iface_typeswitch.go:11:46: c.name + " says meow" escapes to heap
./iface_typeswitch.go:14:11: a does not escape
./iface_typeswitch.go:24:15: leaking param: x
./iface_typeswitch.go:27:13: ... argument does not escape
./iface_typeswitch.go:29:13: ... argument does not escape
./iface_typeswitch.go:31:14: ... argument does not escape
./iface_typeswitch.go:31:15: "animal:" escapes to heap
./iface_typeswitch.go:31:33: v.Sound() escapes to heap
./iface_typeswitch.go:33:14: ... argument does not escape
./iface_typeswitch.go:33:15: "nothing" escapes to heap
./iface_typeswitch.go:35:13: ... argument does not escape
./iface_typeswitch.go:40:17: []Animal{...} does not escape
./iface_typeswitch.go:40:21: Dog{...} escapes to heap
./iface_typeswitch.go:40:30: &Cat{...} escapes to heap
./iface_typeswitch.go:40:47: Fish{} escapes to heap
./iface_typeswitch.go:42:14: ... argument does not escape
./iface_typeswitch.go:42:19: kind(a) escapes to heap
./iface_typeswitch.go:42:31: a.Sound() escapes to heap
./iface_typeswitch.go:44:11: 1 escapes to heap
./iface_typeswitch.go:45:16: int64(2) escapes to heap
./iface_typeswitch.go:46:11: "hi" escapes to heap
./iface_typeswitch.go:47:17: ([]byte)("b") escapes to heap
./iface_typeswitch.go:47:17: ([]byte)("b") escapes to heap
./iface_typeswitch.go:48:14: Dog{...} escapes to heap
./iface_typeswitch.go:50:11: 3.5 escapes to heap
./iface_typeswitch.go:51:11: &Cat{...} escapes to heap
./iface_typeswitch.go:52:14: Cat{...} escapes to heap
