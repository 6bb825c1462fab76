./closure_string_builder.go:7:2: main capturing by ref: out (addr=false assign=true width=16)
./closure_string_builder.go:16:6: main capturing by ref: lines (addr=false assign=true width=24)
./closure_string_builder.go:20:17: lines escapes to heap:
./closure_string_builder.go:20:17:   flow: {storage for ... argument} = &{storage for lines}:
./closure_string_builder.go:20:17:     from lines (spill) at ./closure_string_builder.go:20:17
./closure_string_builder.go:20:17:     from ... argument (slice-literal-element) at ./closure_string_builder.go:20:13
./closure_string_builder.go:20:17:   flow: {heap} = {storage for ... argument}:
./closure_string_builder.go:20:17:     from ... argument (spill) at ./closure_string_builder.go:20:13
./closure_string_builder.go:20:17:     from fmt.Println(... argument...) (call parameter) at ./closure_string_builder.go:20:13
./closure_string_builder.go:20:17: add("c") escapes to heap:
./closure_string_builder.go:20:17:   flow: {storage for ... argument} = &{storage for add("c")}:
./closure_string_builder.go:20:17:     from add("c") (spill) at ./closure_string_builder.go:20:17
./closure_string_builder.go:20:17:     from ... argument (slice-literal-element) at ./closure_string_builder.go:20:13
./closure_string_builder.go:20:17:   flow: {heap} = {storage for ... argument}:
./closure_string_builder.go:20:17:     from ... argument (spill) at ./closure_string_builder.go:20:13
./closure_string_builder.go:20:17:     from fmt.Println(... argument...) (call parameter) at ./closure_string_builder.go:20:13
./closure_string_builder.go:17:14: parameter s leaks to {heap} with derefs=0:
./closure_string_builder.go:17:14:   flow: {heap} = s:
./closure_string_builder.go:17:14:     from append(lines, s) (call parameter) at ./closure_string_builder.go:17:44
./closure_string_builder.go:15:13: out escapes to heap:
./closure_string_builder.go:15:13:   flow: {storage for ... argument} = &{storage for out}:
./closure_string_builder.go:15:13:     from out (spill) at ./closure_string_builder.go:15:13
./closure_string_builder.go:15:13:     from ... argument (slice-literal-element) at ./closure_string_builder.go:15:13
./closure_string_builder.go:15:13:   flow: {heap} = {storage for ... argument}:
./closure_string_builder.go:15:13:     from ... argument (spill) at ./closure_string_builder.go:15:13
./closure_string_builder.go:15:13:     from fmt.Println(... argument...) (call parameter) at ./closure_string_builder.go:15:13
./closure_string_builder.go:8:30: parameter args leaks to {heap} with derefs=1:
./closure_string_builder.go:8:30:   flow: {heap} = *args:
./closure_string_builder.go:8:30:     from fmt.Sprintf(format, args...) (call parameter) at ./closure_string_builder.go:9:21
./closure_string_builder.go:14:13: "!" escapes to heap:
./closure_string_builder.go:14:13:   flow: {storage for ... argument} = &{storage for "!"}:
./closure_string_builder.go:14:13:     from "!" (spill) at ./closure_string_builder.go:14:13
./closure_string_builder.go:14:13:     from ... argument (slice-literal-element) at ./closure_string_builder.go:14:6
./closure_string_builder.go:14:13:   flow: args = &{storage for ... argument}:
./closure_string_builder.go:14:13:     from ... argument (spill) at ./closure_string_builder.go:14:6
./closure_string_builder.go:14:13:     from emit("%s", ... argument...) (call parameter) at ./closure_string_builder.go:14:6
./closure_string_builder.go:14:13:   flow: {heap} = *args:
./closure_string_builder.go:14:13:     from fmt.Sprintf(format, args...) (call parameter) at ./closure_string_builder.go:9:21
./closure_string_builder.go:12:8: i escapes to heap:
./closure_string_builder.go:12:8:   flow: {storage for ... argument} = &{storage for i}:
./closure_string_builder.go:12:8:     from i (spill) at ./closure_string_builder.go:12:8
./closure_string_builder.go:12:8:     from ... argument (slice-literal-element) at ./closure_string_builder.go:12:7
./closure_string_builder.go:12:8:   flow: args = &{storage for ... argument}:
./closure_string_builder.go:12:8:     from ... argument (spill) at ./closure_string_builder.go:12:7
./closure_string_builder.go:12:8:     from emit("[%d]", ... argument...) (call parameter) at ./closure_string_builder.go:12:7
./closure_string_builder.go:12:8:   flow: {heap} = *args:
./closure_string_builder.go:12:8:     from fmt.Sprintf(format, args...) (call parameter) at ./closure_string_builder.go:9:21
./closure_string_builder.go:8:15: format does not escape
./closure_string_builder.go:8:30: leaking param content: args
./closure_string_builder.go:17:14: leaking param: s
./closure_string_builder.go:8:10: func literal does not escape
./closure_string_builder.go:12:7: ... argument does not escape
./closure_string_builder.go:12:8: i escapes to heap
./closure_string_builder.go:14:6: ... argument does not escape
./closure_string_builder.go:14:13: "!" escapes to heap
./closure_string_builder.go:15:13: ... argument does not escape
./closure_string_builder.go:15:13: out escapes to heap
./closure_string_builder.go:17:9: func literal does not escape
./closure_string_builder.go:20:13: ... argument does not escape
./closure_string_builder.go:20:17: add("c") escapes to heap
./closure_string_builder.go:20:17: lines escapes to heap
