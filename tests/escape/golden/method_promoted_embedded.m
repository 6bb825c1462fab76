./method_promoted_embedded.go:9:53: ... argument does not escape
./method_promoted_embedded.go:9:66: b.ID escapes to heap
./method_promoted_embedded.go:10:7: b does not escape
./method_promoted_embedded.go:22:7: t does not escape
./method_promoted_embedded.go:22:64: "top " + t.Tag + " / " + Base.Describe(t.Mid.Base) escapes to heap
./method_promoted_embedded.go:27:13: ... argument does not escape
./method_promoted_embedded.go:27:24: Base.Describe(m.Base) escapes to heap
./method_promoted_embedded.go:27:29: m.Base.ID escapes to heap
./method_promoted_embedded.go:31:13: ... argument does not escape
./method_promoted_embedded.go:31:24: Top.Describe(t) escapes to heap
./method_promoted_embedded.go:32:13: ... argument does not escape
./method_promoted_embedded.go:32:29: Base.Describe(t.Mid.Base) escapes to heap
./method_promoted_embedded.go:32:43: t.Mid.Base.ID escapes to heap
./method_promoted_embedded.go:35:13: ... argument does not escape
./method_promoted_embedded.go:35:29: Base.Describe(tp.Mid.Base) escapes to heap
./method_promoted_embedded.go:36:12: t.Mid.Base.Describe does not escape
./method_promoted_embedded.go:38:13: ... argument does not escape
./method_promoted_embedded.go:38:15: f() escapes to heap
./method_promoted_embedded.go:38:33: Base.Describe(t.Mid.Base) escapes to heap
