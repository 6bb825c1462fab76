./syntax_embedded_ptr.go:7:7: b does not escape
./syntax_embedded_ptr.go:12:55: l.prefix + s escapes to heap:
./syntax_embedded_ptr.go:12:55:   flow: {storage for ... argument} = &{storage for l.prefix + s}:
./syntax_embedded_ptr.go:12:55:     from l.prefix + s (spill) at ./syntax_embedded_ptr.go:12:55
./syntax_embedded_ptr.go:12:55:     from ... argument (slice-literal-element) at ./syntax_embedded_ptr.go:12:45
./syntax_embedded_ptr.go:12:55:   flow: {heap} = {storage for ... argument}:
./syntax_embedded_ptr.go:12:55:     from ... argument (spill) at ./syntax_embedded_ptr.go:12:45
./syntax_embedded_ptr.go:12:55:     from fmt.Println(... argument...) (call parameter) at ./syntax_embedded_ptr.go:12:45
./syntax_embedded_ptr.go:12:55: l.prefix + s escapes to heap:
./syntax_embedded_ptr.go:12:55:   flow: {storage for l.prefix + s} = &{storage for l.prefix + s}:
./syntax_embedded_ptr.go:12:55:     from l.prefix + s (spill) at ./syntax_embedded_ptr.go:12:55
./syntax_embedded_ptr.go:12:55:     from l.prefix + s (interface-converted) at ./syntax_embedded_ptr.go:12:55
./syntax_embedded_ptr.go:12:7: l does not escape
./syntax_embedded_ptr.go:12:22: s does not escape
./syntax_embedded_ptr.go:12:45: ... argument does not escape
./syntax_embedded_ptr.go:12:55: l.prefix + s escapes to heap
./syntax_embedded_ptr.go:12:55: l.prefix + s escapes to heap
./syntax_embedded_ptr.go:36:29: "recovered:" escapes to heap:
./syntax_embedded_ptr.go:36:29:   flow: {storage for ... argument} = &{storage for "recovered:"}:
./syntax_embedded_ptr.go:36:29:     from "recovered:" (spill) at ./syntax_embedded_ptr.go:36:29
./syntax_embedded_ptr.go:36:29:     from ... argument (slice-literal-element) at ./syntax_embedded_ptr.go:36:28
./syntax_embedded_ptr.go:36:29:   flow: {heap} = {storage for ... argument}:
./syntax_embedded_ptr.go:36:29:     from ... argument (spill) at ./syntax_embedded_ptr.go:36:28
./syntax_embedded_ptr.go:36:29:     from fmt.Println(... argument...) (call parameter) at ./syntax_embedded_ptr.go:36:28
./syntax_embedded_ptr.go:30:37: w.Service.Base == s.Base escapes to heap:
./syntax_embedded_ptr.go:30:37:   flow: {storage for ... argument} = &{storage for w.Service.Base == s.Base}:
./syntax_embedded_ptr.go:30:37:     from w.Service.Base == s.Base (spill) at ./syntax_embedded_ptr.go:30:37
./syntax_embedded_ptr.go:30:37:     from ... argument (slice-literal-element) at ./syntax_embedded_ptr.go:30:13
./syntax_embedded_ptr.go:30:37:   flow: {heap} = {storage for ... argument}:
./syntax_embedded_ptr.go:30:37:     from ... argument (spill) at ./syntax_embedded_ptr.go:30:13
./syntax_embedded_ptr.go:30:37:     from fmt.Println(... argument...) (call parameter) at ./syntax_embedded_ptr.go:30:13
./syntax_embedded_ptr.go:30:26: Base.ID(w.Service.Base) escapes to heap:
./syntax_embedded_ptr.go:30:26:   flow: {storage for ... argument} = &{storage for Base.ID(w.Service.Base)}:
./syntax_embedded_ptr.go:30:26:     from Base.ID(w.Service.Base) (spill) at ./syntax_embedded_ptr.go:30:26
./syntax_embedded_ptr.go:30:26:     from ... argument (slice-literal-element) at ./syntax_embedded_ptr.go:30:13
./syntax_embedded_ptr.go:30:26:   flow: {heap} = {storage for ... argument}:
./syntax_embedded_ptr.go:30:26:     from ... argument (spill) at ./syntax_embedded_ptr.go:30:13
./syntax_embedded_ptr.go:30:26:     from fmt.Println(... argument...) (call parameter) at ./syntax_embedded_ptr.go:30:13
./syntax_embedded_ptr.go:30:18: Base.ID(s.Base) escapes to heap:
./syntax_embedded_ptr.go:30:18:   flow: {storage for ... argument} = &{storage for Base.ID(s.Base)}:
./syntax_embedded_ptr.go:30:18:     from Base.ID(s.Base) (spill) at ./syntax_embedded_ptr.go:30:18
./syntax_embedded_ptr.go:30:18:     from ... argument (slice-literal-element) at ./syntax_embedded_ptr.go:30:13
./syntax_embedded_ptr.go:30:18:   flow: {heap} = {storage for ... argument}:
./syntax_embedded_ptr.go:30:18:     from ... argument (spill) at ./syntax_embedded_ptr.go:30:13
./syntax_embedded_ptr.go:30:18:     from fmt.Println(... argument...) (call parameter) at ./syntax_embedded_ptr.go:30:13
./syntax_embedded_ptr.go:27:30: Base.ID(s.Base) escapes to heap:
./syntax_embedded_ptr.go:27:30:   flow: {storage for ... argument} = &{storage for Base.ID(s.Base)}:
./syntax_embedded_ptr.go:27:30:     from Base.ID(s.Base) (spill) at ./syntax_embedded_ptr.go:27:30
./syntax_embedded_ptr.go:27:30:     from ... argument (slice-literal-element) at ./syntax_embedded_ptr.go:27:18
./syntax_embedded_ptr.go:27:30:   flow: {heap} = {storage for ... argument}:
./syntax_embedded_ptr.go:27:30:     from ... argument (spill) at ./syntax_embedded_ptr.go:27:18
./syntax_embedded_ptr.go:27:30:     from fmt.Sprint(... argument...) (call parameter) at ./syntax_embedded_ptr.go:27:18
./syntax_embedded_ptr.go:27:19: "id " escapes to heap:
./syntax_embedded_ptr.go:27:19:   flow: {storage for ... argument} = &{storage for "id "}:
./syntax_embedded_ptr.go:27:19:     from "id " (spill) at ./syntax_embedded_ptr.go:27:19
./syntax_embedded_ptr.go:27:19:     from ... argument (slice-literal-element) at ./syntax_embedded_ptr.go:27:18
./syntax_embedded_ptr.go:27:19:   flow: {heap} = {storage for ... argument}:
./syntax_embedded_ptr.go:27:19:     from ... argument (spill) at ./syntax_embedded_ptr.go:27:18
./syntax_embedded_ptr.go:27:19:     from fmt.Sprint(... argument...) (call parameter) at ./syntax_embedded_ptr.go:27:18
./syntax_embedded_ptr.go:25:21: &Base{} does not escape
./syntax_embedded_ptr.go:25:38: &Logger{...} does not escape
./syntax_embedded_ptr.go:27:18: ... argument does not escape
./syntax_embedded_ptr.go:27:19: "id " escapes to heap
./syntax_embedded_ptr.go:27:30: Base.ID(s.Base) escapes to heap
./syntax_embedded_ptr.go:30:13: ... argument does not escape
./syntax_embedded_ptr.go:30:18: Base.ID(s.Base) escapes to heap
./syntax_embedded_ptr.go:30:26: Base.ID(w.Service.Base) escapes to heap
./syntax_embedded_ptr.go:30:37: w.Service.Base == s.Base escapes to heap
./syntax_embedded_ptr.go:31:8: w.Service.Logger.Log does not escape
./syntax_embedded_ptr.go:36:8: func literal does not escape
./syntax_embedded_ptr.go:36:28: ... argument does not escape
./syntax_embedded_ptr.go:36:29: "recovered:" escapes to heap
