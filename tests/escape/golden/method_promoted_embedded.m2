./method_promoted_embedded.go:9:66: b.ID escapes to heap:
./method_promoted_embedded.go:9:66:   flow: {storage for ... argument} = &{storage for b.ID}:
./method_promoted_embedded.go:9:66:     from b.ID (spill) at ./method_promoted_embedded.go:9:66
./method_promoted_embedded.go:9:66:     from ... argument (slice-literal-element) at ./method_promoted_embedded.go:9:53
./method_promoted_embedded.go:9:66:   flow: {heap} = {storage for ... argument}:
./method_promoted_embedded.go:9:66:     from ... argument (spill) at ./method_promoted_embedded.go:9:53
./method_promoted_embedded.go:9:66:     from fmt.Sprintf("base %d", ... argument...) (call parameter) at ./method_promoted_embedded.go:9:53
./method_promoted_embedded.go:9:53: ... argument does not escape
./method_promoted_embedded.go:9:66: b.ID escapes to heap
./method_promoted_embedded.go:10:7: b does not escape
./method_promoted_embedded.go:22:64: "top " + t.Tag + " / " + Base.Describe(t.Mid.Base) escapes to heap:
./method_promoted_embedded.go:22:64:   flow: ~r0 = &{storage for "top " + t.Tag + " / " + Base.Describe(t.Mid.Base)}:
./method_promoted_embedded.go:22:64:     from "top " + t.Tag + " / " + Base.Describe(t.Mid.Base) (spill) at ./method_promoted_embedded.go:22:64
./method_promoted_embedded.go:22:64:     from return "top " + t.Tag + " / " + Base.Describe(t.Mid.Base) (return) at ./method_promoted_embedded.go:22:34
./method_promoted_embedded.go:22:7: t does not escape
./method_promoted_embedded.go:22:64: "top " + t.Tag + " / " + Base.Describe(t.Mid.Base) escapes to heap
./method_promoted_embedded.go:38:33: Base.Describe(t.Mid.Base) escapes to heap:
./method_promoted_embedded.go:38:33:   flow: {storage for ... argument} = &{storage for Base.Describe(t.Mid.Base)}:
./method_promoted_embedded.go:38:33:     from Base.Describe(t.Mid.Base) (spill) at ./method_promoted_embedded.go:38:33
./method_promoted_embedded.go:38:33:     from ... argument (slice-literal-element) at ./method_promoted_embedded.go:38:13
./method_promoted_embedded.go:38:33:   flow: {heap} = {storage for ... argument}:
./method_promoted_embedded.go:38:33:     from ... argument (spill) at ./method_promoted_embedded.go:38:13
./method_promoted_embedded.go:38:33:     from fmt.Println(... argument...) (call parameter) at ./method_promoted_embedded.go:38:13
./method_promoted_embedded.go:38:15: f() escapes to heap:
./method_promoted_embedded.go:38:15:   flow: {storage for ... argument} = &{storage for f()}:
./method_promoted_embedded.go:38:15:     from f() (spill) at ./method_promoted_embedded.go:38:15
./method_promoted_embedded.go:38:15:     from ... argument (slice-literal-element) at ./method_promoted_embedded.go:38:13
./method_promoted_embedded.go:38:15:   flow: {heap} = {storage for ... argument}:
./method_promoted_embedded.go:38:15:     from ... argument (spill) at ./method_promoted_embedded.go:38:13
./method_promoted_embedded.go:38:15:     from fmt.Println(... argument...) (call parameter) at ./method_promoted_embedded.go:38:13
./method_promoted_embedded.go:35:29: Base.Describe(tp.Mid.Base) escapes to heap:
./method_promoted_embedded.go:35:29:   flow: {storage for ... argument} = &{storage for Base.Describe(tp.Mid.Base)}:
./method_promoted_embedded.go:35:29:     from Base.Describe(tp.Mid.Base) (spill) at ./method_promoted_embedded.go:35:29
./method_promoted_embedded.go:35:29:     from ... argument (slice-literal-element) at ./method_promoted_embedded.go:35:13
./method_promoted_embedded.go:35:29:   flow: {heap} = {storage for ... argument}:
./method_promoted_embedded.go:35:29:     from ... argument (spill) at ./method_promoted_embedded.go:35:13
./method_promoted_embedded.go:35:29:     from fmt.Println(... argument...) (call parameter) at ./method_promoted_embedded.go:35:13
./method_promoted_embedded.go:32:43: t.Mid.Base.ID escapes to heap:
./method_promoted_embedded.go:32:43:   flow: {storage for ... argument} = &{storage for t.Mid.Base.ID}:
./method_promoted_embedded.go:32:43:     from t.Mid.Base.ID (spill) at ./method_promoted_embedded.go:32:43
./method_promoted_embedded.go:32:43:     from ... argument (slice-literal-element) at ./method_promoted_embedded.go:32:13
./method_promoted_embedded.go:32:43:   flow: {heap} = {storage for ... argument}:
./method_promoted_embedded.go:32:43:     from ... argument (spill) at ./method_promoted_embedded.go:32:13
./method_promoted_embedded.go:32:43:     from fmt.Println(... argument...) (call parameter) at ./method_promoted_embedded.go:32:13
./method_promoted_embedded.go:32:29: Base.Describe(t.Mid.Base) escapes to heap:
./method_promoted_embedded.go:32:29:   flow: {storage for ... argument} = &{storage for Base.Describe(t.Mid.Base)}:
./method_promoted_embedded.go:32:29:     from Base.Describe(t.Mid.Base) (spill) at ./method_promoted_embedded.go:32:29
./method_promoted_embedded.go:32:29:     from ... argument (slice-literal-element) at ./method_promoted_embedded.go:32:13
./method_promoted_embedded.go:32:29:   flow: {heap} = {storage for ... argument}:
./method_promoted_embedded.go:32:29:     from ... argument (spill) at ./method_promoted_embedded.go:32:13
./method_promoted_embedded.go:32:29:     from fmt.Println(... argument...) (call parameter) at ./method_promoted_embedded.go:32:13
./method_promoted_embedded.go:31:24: Top.Describe(t) escapes to heap:
./method_promoted_embedded.go:31:24:   flow: {storage for ... argument} = &{storage for Top.Describe(t)}:
./method_promoted_embedded.go:31:24:     from Top.Describe(t) (spill) at ./method_promoted_embedded.go:31:24
./method_promoted_embedded.go:31:24:     from ... argument (slice-literal-element) at ./method_promoted_embedded.go:31:13
./method_promoted_embedded.go:31:24:   flow: {heap} = {storage for ... argument}:
./method_promoted_embedded.go:31:24:     from ... argument (spill) at ./method_promoted_embedded.go:31:13
./method_promoted_embedded.go:31:24:     from fmt.Println(... argument...) (call parameter) at ./method_promoted_embedded.go:31:13
./method_promoted_embedded.go:27:29: m.Base.ID escapes to heap:
./method_promoted_embedded.go:27:29:   flow: {storage for ... argument} = &{storage for m.Base.ID}:
./method_promoted_embedded.go:27:29:     from m.Base.ID (spill) at ./method_promoted_embedded.go:27:29
./method_promoted_embedded.go:27:29:     from ... argument (slice-literal-element) at ./method_promoted_embedded.go:27:13
./method_promoted_embedded.go:27:29:   flow: {heap} = {storage for ... argument}:
./method_promoted_embedded.go:27:29:     from ... argument (spill) at ./method_promoted_embedded.go:27:13
./method_promoted_embedded.go:27:29:     from fmt.Println(... argument...) (call parameter) at ./method_promoted_embedded.go:27:13
./method_promoted_embedded.go:27:24: Base.Describe(m.Base) escapes to heap:
./method_promoted_embedded.go:27:24:   flow: {storage for ... argument} = &{storage for Base.Describe(m.Base)}:
./method_promoted_embedded.go:27:24:     from Base.Describe(m.Base) (spill) at ./method_promoted_embedded.go:27:24
./method_promoted_embedded.go:27:24:     from ... argument (slice-literal-element) at ./method_promoted_embedded.go:27:13
./method_promoted_embedded.go:27:24:   flow: {heap} = {storage for ... argument}:
./method_promoted_embedded.go:27:24:     from ... argument (spill) at ./method_promoted_embedded.go:27:13
./method_promoted_embedded.go:27:24:     from fmt.Println(... argument...) (call parameter) at ./method_promoted_embedded.go:27:13
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
