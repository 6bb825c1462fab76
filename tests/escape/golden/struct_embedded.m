./struct_embedded.go:25:13: ... argument does not escape
./struct_embedded.go:25:15: u.Base.ID escapes to heap
./struct_embedded.go:25:21: u.Name escapes to heap
./struct_embedded.go:25:34: u.Base.Name escapes to heap
./struct_embedded.go:25:42: u.Email escapes to heap
./struct_embedded.go:29:13: ... argument does not escape
./struct_embedded.go:29:20: u.Base.ID escapes to heap
./struct_embedded.go:29:26: u.Timestamps.Created escapes to heap
./struct_embedded.go:29:37: u.Timestamps.Updated escapes to heap
./struct_embedded.go:30:12: ... argument does not escape
./struct_embedded.go:30:13: u escapes to heap
./struct_embedded.go:30:13: u escapes to heap
./struct_embedded.go:35:13: ... argument does not escape
./struct_embedded.go:35:15: u.Base.ID escapes to heap
./struct_embedded.go:35:21: u.Timestamps.Updated escapes to heap
./struct_embedded.go:39:13: ... argument does not escape
./struct_embedded.go:39:15: u.Base.ID escapes to heap
./struct_embedded.go:39:21: b.ID escapes to heap
